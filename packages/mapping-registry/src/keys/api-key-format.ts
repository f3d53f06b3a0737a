import { createHash, randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Characters after `ak_` in a generated key: 40 base62 characters, about 238 bits. */
export const generatedKeyLength = 40;
const keyPattern = /^ak_[A-Za-z0-9]{32,128}$/;
const visiblePrefixLength = 11;

/** A new key: `ak_` + 40 base62 characters from the OS CSPRNG (rejection sampling, so no modulo bias). */
export function generateApiKey(): string {
  let body = '';
  while (body.length < generatedKeyLength) {
    for (const byte of randomBytes(64)) {
      // 248 = 4 × 62: bytes above it would make the first characters more likely.
      if (byte < 248 && body.length < generatedKeyLength) body += alphabet[byte % 62];
    }
  }
  return `ak_${body}`;
}

/** `ak_` followed by 32 to 128 letters or digits. */
export function isApiKeyFormat(value: string): boolean {
  return keyPattern.test(value);
}

/** What is stored instead of the key. Keys carry enough entropy that a fast unsalted hash is safe. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The part of a key that may be shown again (`ak_` + 8 characters). */
export function visibleKeyPrefix(key: string): string {
  return key.slice(0, visiblePrefixLength);
}
