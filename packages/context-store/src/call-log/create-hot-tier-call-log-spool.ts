import type { HotTier } from '../hot-tier/hot-tier.js';
import type { CallLogSpool } from './call-log-spool.js';

/** Spools to a Redis list (through the hot tier), shared by every replica: any of them replays it. */
export function createHotTierCallLogSpool(hotTier: HotTier, key = 'call-log:spool'): CallLogSpool {
  return {
    name: `${hotTier.kind}:${key}`,
    append: (rows) => hotTier.enqueue(key, rows),
    take: (count) => hotTier.dequeue(key, count),
    putBack: (rows) => hotTier.requeue(key, rows),
    size: () => hotTier.queueLength(key),
  };
}
