// Owner ids and aliases may both contain ":", so the owner id is length-prefixed to keep keys unambiguous.
export function userAliasCacheKey(ownerId: string, alias: string): string {
  return `alias:u:${ownerId.length}:${ownerId}:${alias}`;
}

export function globalAliasCacheKey(alias: string): string {
  return `alias:g:${alias}`;
}

/** A cached "no such mapping". */
export const noMapping = '-';
/** Written before a change: readers go to the database and may not fill the entry until it expires. */
export const invalidated = '!';

export interface CachedMapping {
  id: string;
  model: string;
  enabled: boolean;
}
