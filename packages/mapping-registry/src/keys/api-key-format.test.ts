import { describe, expect, it } from 'vitest';
import { generateApiKey, generatedKeyLength, hashApiKey, isApiKeyFormat, visibleKeyPrefix } from './api-key-format.js';

describe('api key format', () => {
  it('generates ak_ + 40 base62 characters, different every time', () => {
    const keys = Array.from({ length: 200 }, generateApiKey);
    for (const key of keys) {
      expect(key).toMatch(/^ak_[A-Za-z0-9]{40}$/);
      expect(isApiKeyFormat(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(generatedKeyLength).toBeGreaterThanOrEqual(32);
  });

  it('uses the whole alphabet', () => {
    const characters = new Set(Array.from({ length: 100 }, generateApiKey).join('').slice(3));
    expect(characters.size).toBeGreaterThan(60);
  });

  it('refuses keys that are short, prefixed otherwise or carry other characters', () => {
    expect(isApiKeyFormat(`ak_${'a'.repeat(31)}`)).toBe(false);
    expect(isApiKeyFormat(`sk_${'a'.repeat(40)}`)).toBe(false);
    expect(isApiKeyFormat(`ak_${'a'.repeat(39)}-`)).toBe(false);
    expect(isApiKeyFormat(`ak_${'a'.repeat(32)}`)).toBe(true);
  });

  it('hashes with SHA-256 and shows only ak_ + 8 characters', () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(visibleKeyPrefix(key)).toBe(key.slice(0, 11));
  });
});
