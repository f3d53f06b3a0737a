import type { RegistryCache } from './registry-cache.js';

export interface MemoryRegistryCacheOptions {
  /** Oldest entries go first beyond this (default 10,000). */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** An in-process cache for a single replica (the embedded default: PGlite, no Redis). */
export function createMemoryRegistryCache(options: MemoryRegistryCacheOptions = {}): RegistryCache {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const read = (key: string): string | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  };
  const write = (key: string, value: string, ttlSeconds: number): void => {
    entries.delete(key);
    entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };
  return {
    kind: 'memory',
    getMany: async (keys) => keys.map(read),
    set: async (key, value, ttlSeconds) => write(key, value, ttlSeconds),
    setIfAbsent: async (key, value, ttlSeconds) => {
      if (read(key) === undefined) write(key, value, ttlSeconds);
    },
    delete: async (key) => {
      entries.delete(key);
    },
    close: async () => entries.clear(),
  };
}
