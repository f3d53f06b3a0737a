import { Redis } from 'ioredis';
import type { RegistryCache } from './registry-cache.js';

export interface RedisRegistryCacheOptions {
  /** `redis://[:password@]host:port[/db]` (or `rediss://`). */
  url: string;
  /** Prefix of every key (default `gw:registry:`). */
  keyPrefix?: string;
  /** A command that takes longer fails, so a hung Redis never stalls a request (default 1,000 ms). */
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
}

/**
 * The shared cache over its own ioredis connection (the hot tier has no SET NX). Commands fail fast while Redis
 * is down; the registry then reads the database.
 */
export async function createRedisRegistryCache(options: RedisRegistryCacheOptions): Promise<RegistryCache> {
  const prefix = options.keyPrefix ?? 'gw:registry:';
  const client = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    connectTimeout: options.connectTimeoutMs ?? 5_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // Errors surface on the commands; without a listener ioredis would print them to stdout.
  client.on('error', () => undefined);
  await client.connect();
  const key = (name: string): string => `${prefix}${name}`;
  return {
    kind: 'redis',
    getMany: async (keys) => (keys.length === 0 ? [] : (await client.mget(keys.map(key))).map((value) => value ?? undefined)),
    set: async (name, value, ttlSeconds) => {
      await client.set(key(name), value, 'EX', ttlSeconds);
    },
    setIfAbsent: async (name, value, ttlSeconds) => {
      await client.set(key(name), value, 'EX', ttlSeconds, 'NX');
    },
    delete: async (name) => {
      await client.del(key(name));
    },
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
