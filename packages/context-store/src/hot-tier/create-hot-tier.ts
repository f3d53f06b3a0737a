import type { HotTierConfig } from '../config/context-store-config.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { createMemoryHotTier } from './create-memory-hot-tier.js';
import { createRedisHotTier } from './create-redis-hot-tier.js';
import type { HotTier } from './hot-tier.js';

export type CreateHotTierOptions = HotTierConfig & {
  readonly keyPrefix?: string;
  readonly defaultTtlSeconds?: number;
  readonly logger?: ContextStoreLogger;
  /** In-memory bounds. */
  readonly maxEntries?: number;
  readonly maxBytes?: number;
};

/** Redis when configured, otherwise the bounded in-memory LRU. */
export async function createHotTier(options: CreateHotTierOptions): Promise<HotTier> {
  if (options.kind === 'redis') {
    return createRedisHotTier({
      url: options.url,
      ...(options.keyPrefix === undefined ? {} : { keyPrefix: options.keyPrefix }),
      ...(options.defaultTtlSeconds === undefined ? {} : { defaultTtlSeconds: options.defaultTtlSeconds }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
  }
  return createMemoryHotTier({
    ...(options.defaultTtlSeconds === undefined ? {} : { defaultTtlSeconds: options.defaultTtlSeconds }),
    ...(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
}
