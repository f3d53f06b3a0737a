import type { HotTier, HotTierWrite, SequencedEntry, SequencedList } from './hot-tier.js';
import { LruMap } from './lru-map.js';

export interface MemoryHotTierOptions {
  /** Most keys kept (default 10,000). */
  readonly maxEntries?: number;
  /** Approximate most bytes kept (default 64 MiB). */
  readonly maxBytes?: number;
  /** Lifetime of entries written without their own TTL (default one hour). */
  readonly defaultTtlSeconds?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
}

type StoredValue =
  | { readonly kind: 'string'; readonly value: string; readonly expiresAt: number }
  | { readonly kind: 'sequenced'; readonly entries: Map<number, string>; readonly complete: boolean; readonly expiresAt: number };

/** The embedded hot tier: a bounded LRU with TTLs. Every method runs in one synchronous step, so writes are atomic. */
export function createMemoryHotTier(options: MemoryHotTierOptions = {}): HotTier {
  const store = new LruMap<StoredValue>({ maxEntries: options.maxEntries ?? 10_000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 });
  // Spooled call logs must not be evicted by cache traffic, so queues live outside the LRU.
  const queues = new Map<string, string[]>();
  const now = options.now ?? Date.now;
  const defaultTtlSeconds = options.defaultTtlSeconds ?? 3_600;

  const expiry = (ttlSeconds: number | undefined): number => now() + (ttlSeconds ?? defaultTtlSeconds) * 1_000;

  const read = (key: string): StoredValue | undefined => {
    const stored = store.get(key);
    if (stored === undefined) return undefined;
    if (stored.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return stored;
  };

  const sizeOf = (stored: StoredValue): number => {
    if (stored.kind === 'string') return stored.value.length * 2 + 64;
    let size = 64;
    for (const value of stored.entries.values()) size += value.length * 2 + 16;
    return size;
  };

  const writeSequenced = (
    key: string,
    entries: readonly SequencedEntry[],
    maxEntries: number,
    ttlSeconds: number | undefined,
    markComplete: boolean,
  ): void => {
    const existing = read(key);
    const merged = new Map(existing?.kind === 'sequenced' ? existing.entries : []);
    for (const entry of entries) merged.set(entry.sequence, entry.value);
    const kept = new Map([...merged.entries()].sort((left, right) => left[0] - right[0]).slice(-maxEntries));
    const complete = markComplete || (existing?.kind === 'sequenced' && existing.complete);
    const stored: StoredValue = { kind: 'sequenced', entries: kept, complete, expiresAt: expiry(ttlSeconds) };
    store.set(key, stored, sizeOf(stored));
  };

  const apply = (write: HotTierWrite): void => {
    switch (write.type) {
      case 'set': {
        const stored: StoredValue = { kind: 'string', value: write.value, expiresAt: expiry(write.ttlSeconds) };
        store.set(write.key, stored, sizeOf(stored));
        return;
      }
      case 'delete':
        store.delete(write.key);
        return;
      case 'append-sequenced':
        writeSequenced(write.key, write.entries, write.maxEntries, write.ttlSeconds, false);
        return;
      case 'fill-sequenced':
        writeSequenced(write.key, write.entries, write.maxEntries, write.ttlSeconds, true);
        return;
    }
  };

  return {
    kind: 'memory',
    get: async (key) => {
      const stored = read(key);
      return stored?.kind === 'string' ? stored.value : undefined;
    },
    getMany: async (keys) =>
      keys.map((key) => {
        const stored = read(key);
        return stored?.kind === 'string' ? stored.value : undefined;
      }),
    readSequenced: async (key): Promise<SequencedList> => {
      const stored = read(key);
      if (stored?.kind !== 'sequenced') return { complete: false, entries: [] };
      return { complete: stored.complete, entries: [...stored.entries].map(([sequence, value]) => ({ sequence, value })) };
    },
    write: async (writes) => {
      for (const write of writes) apply(write);
    },
    enqueue: async (key, values) => {
      const queue = queues.get(key) ?? [];
      queue.push(...values);
      queues.set(key, queue);
    },
    dequeue: async (key, count) => {
      const queue = queues.get(key);
      if (queue === undefined) return [];
      const taken = queue.splice(0, count);
      if (queue.length === 0) queues.delete(key);
      return taken;
    },
    requeue: async (key, values) => {
      queues.set(key, [...values, ...(queues.get(key) ?? [])]);
    },
    queueLength: async (key) => queues.get(key)?.length ?? 0,
    close: async () => {
      store.clear();
      queues.clear();
    },
  };
}
