import { describe, expect, it } from 'vitest';
import { LruMap } from './lru-map.js';

describe('LruMap', () => {
  it('evicts the least recently used key beyond the count', () => {
    const map = new LruMap<string>({ maxEntries: 2, maxBytes: 1_000 });
    map.set('a', 'A', 1);
    map.set('b', 'B', 1);
    expect(map.get('a')).toBe('A');
    map.set('c', 'C', 1);
    expect(map.peek('b')).toBeUndefined();
    expect(map.peek('a')).toBe('A');
    expect(map.size).toBe(2);
  });

  it('evicts beyond the byte budget and tracks sizes on replace', () => {
    const map = new LruMap<string>({ maxEntries: 100, maxBytes: 10 });
    map.set('a', 'A', 6);
    map.set('a', 'A2', 4);
    expect(map.bytes).toBe(4);
    map.set('b', 'B', 6);
    expect(map.bytes).toBe(10);
    map.set('c', 'C', 3);
    expect(map.peek('a')).toBeUndefined();
    expect(map.bytes).toBe(9);
  });
});
