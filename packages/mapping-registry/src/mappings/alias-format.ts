/** Letters, digits, `.`, `_`, `:` and `-`, starting with a letter or digit, at most 64 characters; never `/`. */
export const aliasPattern = /^[a-zA-Z0-9][a-zA-Z0-9._:-]{0,63}$/;

export const aliasRule = 'an alias is 1-64 letters, digits, ".", "_", ":" or "-", starts with a letter or digit and has no "/"';

export function isAliasFormat(value: string): boolean {
  return aliasPattern.test(value);
}

/** Owner ids come from key creation (admin input) and query strings. */
export const ownerIdPattern = /^[a-zA-Z0-9][a-zA-Z0-9._:@-]{0,127}$/;
