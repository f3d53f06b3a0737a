import type { RegistryCache } from './registry-cache.js';

/**
 * No cache: every lookup reads the database. For several replicas on one Postgres without Redis, where an
 * in-process cache could keep a revoked key alive on the replicas that did not revoke it.
 */
export function createNoRegistryCache(): RegistryCache {
  return {
    kind: 'none',
    getMany: async (keys) => keys.map(() => undefined),
    set: async () => undefined,
    setIfAbsent: async () => undefined,
    delete: async () => undefined,
    close: async () => undefined,
  };
}
