import { describe, expect, it } from 'vitest';
import { createMemoryHotTier } from './create-memory-hot-tier.js';

describe('createMemoryHotTier', () => {
  it('expires by its clock and stays bounded', async () => {
    let now = 0;
    const hotTier = createMemoryHotTier({ maxEntries: 3, now: () => now });
    await hotTier.write([{ type: 'set', key: 'a', value: '1', ttlSeconds: 10 }]);
    now = 9_999;
    expect(await hotTier.get('a')).toBe('1');
    now = 10_000;
    expect(await hotTier.get('a')).toBeUndefined();
    for (const key of ['b', 'c', 'd', 'e']) await hotTier.write([{ type: 'set', key, value: key }]);
    expect(await hotTier.getMany(['b', 'c', 'd', 'e'])).toEqual([undefined, 'c', 'd', 'e']);
  });

  it('never evicts queued values for cache traffic', async () => {
    const hotTier = createMemoryHotTier({ maxEntries: 1 });
    await hotTier.enqueue('spool', ['kept']);
    for (const key of ['a', 'b', 'c']) await hotTier.write([{ type: 'set', key, value: key }]);
    expect(await hotTier.dequeue('spool', 5)).toEqual(['kept']);
  });
});
