import { hasControlCharacter } from '../toolset-support/has-control-character.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';

export const maxRedisKeyLength = 512;

/** The full key: the operator's prefix plus the caller's key, which is never a pattern, only a name. */
export function confinedRedisKey(prefix: string, key: string): string {
  if (key.length === 0) throw new ToolFailure('invalid_key', 'The key is empty.', 'Give a non-empty key.');
  if (key.length > maxRedisKeyLength) {
    throw new ToolFailure('invalid_key', `The key is ${key.length} characters long; the limit is ${maxRedisKeyLength}.`, 'Use a shorter key.');
  }
  if (hasControlCharacter(key)) {
    throw new ToolFailure('invalid_key', 'The key contains control characters (such as NUL, CR or LF).', 'Use printable characters only.');
  }
  return prefix + key;
}
