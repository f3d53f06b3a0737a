import { describe, expect, it } from 'vitest';
import { readStoreToolsetConfig } from './read-store-toolset-config.js';

describe('readStoreToolsetConfig', () => {
  it('has safe defaults and no clients when nothing is set', () => {
    expect(readStoreToolsetConfig({})).toEqual({ redisPrefix: 'gw:kv:', redisDefaultTtlSeconds: 3600, redisMaxTtlSeconds: 604800, writeTables: [], statementTimeoutMs: 5000, rowLimit: 500 });
  });

  it('reads the URLs, prefix, write tables and limits', () => {
    const config = readStoreToolsetConfig({
      REDIS_HOST: 'cache',
      REDIS_PASSWORD: 'p@ss',
      GW_REDIS_PREFIX: 'app:tools:',
      GW_DB_QUERY_URL: 'postgres://gw_readonly@db/app',
      DATABASE_URL: 'postgres://app@db/app',
      GW_DB_WRITE_TABLES: 'notes, crm.contacts',
      GW_DB_STATEMENT_TIMEOUT_MS: '2000',
      GW_DB_ROW_LIMIT: '50',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://:p%40ss@cache:6379/0',
      redisPrefix: 'app:tools:',
      queryDatabaseUrl: 'postgres://gw_readonly@db/app',
      databaseUrl: 'postgres://app@db/app',
      writeTables: ['notes', 'crm.contacts'],
      statementTimeoutMs: 2000,
      rowLimit: 50,
    });
  });

  it.each([
    ['a glob in the prefix', { GW_REDIS_PREFIX: 'gw:*' }, /GW_REDIS_PREFIX/],
    ['SQL in a write table', { GW_DB_WRITE_TABLES: 'notes; drop table x' }, /GW_DB_WRITE_TABLES/],
    ['a row limit that is not a number', { GW_DB_ROW_LIMIT: '10abc' }, /GW_DB_ROW_LIMIT/],
  ])('rejects %s naming the variable', (_name, environment, message) => {
    expect(() => readStoreToolsetConfig(environment)).toThrow(message);
  });
});
