import { createMemoryHotTier } from '../hot-tier/create-memory-hot-tier.js';
import { createRedisHotTier } from '../hot-tier/create-redis-hot-tier.js';
import type { HotTier } from '../hot-tier/hot-tier.js';
import { deleteRedisKeys } from './delete-redis-keys.js';
import { randomKeyPrefix } from './random-key-prefix.js';
import { checkTestRedis } from './service-gate.js';

export interface HotTierTarget {
  readonly name: string;
  readonly skip: boolean;
  /** Opens a hot tier under a fresh key prefix; `close` also deletes its keys. */
  open(options?: { defaultTtlSeconds?: number }): Promise<HotTier>;
}

/** Both hot tiers: in memory always, Redis when reachable (a random key prefix per call). */
export async function hotTierTargets(): Promise<HotTierTarget[]> {
  const redisGate = await checkTestRedis();
  return [
    { name: 'memory', skip: false, open: async (options) => createMemoryHotTier(options) },
    {
      name: redisGate.suiteName('redis'),
      skip: redisGate.skip,
      open: async (options) => {
        const keyPrefix = randomKeyPrefix();
        const hotTier = await createRedisHotTier({ url: redisGate.url, keyPrefix, ...options });
        return {
          ...hotTier,
          close: async () => {
            await hotTier.close();
            await deleteRedisKeys(redisGate.url, keyPrefix);
          },
        };
      },
    },
  ];
}
