import { describe, expect, it } from 'vitest';
import { readApiKey } from './read-api-key.js';

describe('readApiKey', () => {
  it('reads X-API-Key, then Authorization: Bearer', () => {
    expect(readApiKey({ 'x-api-key': ' ak_one ' })).toBe('ak_one');
    expect(readApiKey({ authorization: 'Bearer ak_two' })).toBe('ak_two');
    expect(readApiKey({ authorization: 'bearer   ak_three' })).toBe('ak_three');
    expect(readApiKey({ 'x-api-key': 'ak_one', authorization: 'Bearer ak_two' })).toBe('ak_one');
    expect(readApiKey({})).toBeUndefined();
  });
});
