/** One entry of a sequenced list: values ordered by a number (a message sequence), whatever order they arrive in. */
export interface SequencedEntry {
  readonly sequence: number;
  readonly value: string;
}

export interface SequencedList {
  /** True only when a full load from the database marked the list, so it holds every recent entry. */
  readonly complete: boolean;
  /** Ascending by sequence, one entry per sequence. */
  readonly entries: readonly SequencedEntry[];
}

export type HotTierWrite =
  | { readonly type: 'set'; readonly key: string; readonly value: string; readonly ttlSeconds?: number }
  | { readonly type: 'delete'; readonly key: string }
  /** Adds entries, keeps the `maxEntries` highest sequences; does not mark the list complete. */
  | {
      readonly type: 'append-sequenced';
      readonly key: string;
      readonly entries: readonly SequencedEntry[];
      readonly maxEntries: number;
      readonly ttlSeconds?: number;
    }
  /** Merges a full load from the database into the list and marks it complete. */
  | {
      readonly type: 'fill-sequenced';
      readonly key: string;
      readonly entries: readonly SequencedEntry[];
      readonly maxEntries: number;
      readonly ttlSeconds?: number;
    };

/**
 * The hot tier: Redis in production, a bounded in-memory LRU when embedded. Keys are given without the `gw:`
 * prefix; implementations add it. A failure rejects with a `ContextStoreError` of code `HOT_TIER_UNAVAILABLE`;
 * callers treat the hot tier as an optimisation and fall back to the database.
 */
export interface HotTier {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | undefined>;
  getMany(keys: readonly string[]): Promise<(string | undefined)[]>;
  readSequenced(key: string): Promise<SequencedList>;
  /** Applies every write atomically (Redis MULTI/EXEC; one synchronous step in memory). */
  write(writes: readonly HotTierWrite[]): Promise<void>;
  /** FIFO queue (the call log spool): appends to the tail. */
  enqueue(key: string, values: readonly string[]): Promise<void>;
  /** Removes and returns up to `count` values from the head, atomically (two replicas never get the same value). */
  dequeue(key: string, count: number): Promise<string[]>;
  /** Puts values back at the head, in their order (after a failed replay). */
  requeue(key: string, values: readonly string[]): Promise<void>;
  queueLength(key: string): Promise<number>;
  close(): Promise<void>;
}
