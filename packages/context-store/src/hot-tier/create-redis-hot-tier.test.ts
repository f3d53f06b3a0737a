import { describe, expect, it } from 'vitest';
import { ContextStoreError } from '../errors/context-store-error.js';
import { createRedisHotTier } from './create-redis-hot-tier.js';

describe('createRedisHotTier', () => {
  it('fails with HOT_TIER_UNAVAILABLE and no password when Redis is unreachable', async () => {
    const failure = await createRedisHotTier({ url: 'redis://:secret-word@127.0.0.1:1', connectTimeoutMs: 500 }).catch((error: unknown) => error);
    expect(ContextStoreError.isInstance(failure) && failure.code).toBe('HOT_TIER_UNAVAILABLE');
    expect(String(failure)).not.toContain('secret-word');
  });
});
