import { Redis } from 'ioredis';
import postgres, { type Sql } from 'postgres';
import type { StoreToolsetConfig } from './read-store-toolset-config.js';
import type { StoreToolsetOptions } from './store-toolset-options.js';

export interface StoreClients {
  options: Pick<StoreToolsetOptions, 'redis' | 'database' | 'queryDatabase'>;
  close(): Promise<void>;
}

/** Clients for the configured URLs, each made (and connected) on first use; `close` ends the ones that were made. */
export function createStoreClients(config: StoreToolsetConfig): StoreClients {
  const made: { redis?: Redis; database?: Sql; queryDatabase?: Sql } = {};
  const options: StoreClients['options'] = {};
  const databaseOptions = { max: 4, idle_timeout: 30, connect_timeout: 10, prepare: false, onnotice: () => undefined };
  if (config.redisUrl) {
    const url = config.redisUrl;
    options.redis = () => (made.redis ??= new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 }));
  }
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    options.database = () => (made.database ??= postgres(url, databaseOptions));
  }
  if (config.queryDatabaseUrl) {
    const url = config.queryDatabaseUrl;
    options.queryDatabase = () => (made.queryDatabase ??= postgres(url, databaseOptions));
  }
  return {
    options,
    async close() {
      await Promise.all([made.redis?.quit().catch(() => undefined), made.database?.end({ timeout: 5 }), made.queryDatabase?.end({ timeout: 5 })]);
    },
  };
}
