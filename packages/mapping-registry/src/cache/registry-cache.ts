/**
 * Where the registry caches key lookups and alias resolutions: Redis when replicas share state, memory for a
 * single embedded process, or nothing. Writers use tombstones (`set` before a change) and readers fill with
 * `setIfAbsent`, so a reader that loaded stale rows can never overwrite an invalidation.
 */
export interface RegistryCache {
  readonly kind: 'redis' | 'memory' | 'none';
  getMany(keys: readonly string[]): Promise<(string | undefined)[]>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}
