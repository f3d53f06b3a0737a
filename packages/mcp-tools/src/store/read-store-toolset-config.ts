import { ConfigurationError } from '@gw/providers';
import { hasControlCharacter } from '../toolset-support/has-control-character.js';
import { readInteger, readList, readText, type Environment } from '../toolset-support/read-environment-value.js';

export interface StoreToolsetConfig {
  /** `REDIS_URL`, or one built from `REDIS_HOST`/`REDIS_PORT`/`REDIS_PASSWORD`/`REDIS_DB`; unset: no redis tools. */
  redisUrl?: string;
  redisPrefix: string;
  redisDefaultTtlSeconds: number;
  redisMaxTtlSeconds: number;
  /** `GW_DB_QUERY_URL`: the operator's connection string for the restricted db_query role; unset: no db_query. */
  queryDatabaseUrl?: string;
  /** `DATABASE_URL`: the application's database, used by db_insert / db_update on `writeTables` only. */
  databaseUrl?: string;
  writeTables: string[];
  statementTimeoutMs: number;
  rowLimit: number;
}

const tableName = /^([A-Za-z_][A-Za-z0-9_$]*\.)?[A-Za-z_][A-Za-z0-9_$]*$/;

function redisUrlOf(environment: Environment): string | undefined {
  const url = readText(environment, 'REDIS_URL');
  if (url) return url;
  const host = readText(environment, 'REDIS_HOST');
  if (!host) return undefined;
  const port = readInteger(environment, 'REDIS_PORT', 6379, 1, 65535);
  const database = readInteger(environment, 'REDIS_DB', 0, 0, 1000);
  const password = readText(environment, 'REDIS_PASSWORD');
  return `redis://${password ? `:${encodeURIComponent(password)}@` : ''}${host}:${port}/${database}`;
}

/** The store toolset's settings from the environment (the toolset itself stays off unless the operator enables it). */
export function readStoreToolsetConfig(environment: Environment = process.env): StoreToolsetConfig {
  const redisPrefix = readText(environment, 'GW_REDIS_PREFIX') ?? 'gw:kv:';
  if (redisPrefix.length > 200 || hasControlCharacter(redisPrefix) || /[*?[\]]/.test(redisPrefix)) {
    throw new ConfigurationError('GW_REDIS_PREFIX', 'must be at most 200 printable characters without glob characters (* ? [ ])');
  }
  const writeTables = readList(environment, 'GW_DB_WRITE_TABLES');
  for (const table of writeTables) {
    if (!tableName.test(table)) throw new ConfigurationError('GW_DB_WRITE_TABLES', `"${table.slice(0, 80)}" is not a table name (use table or schema.table, comma-separated)`);
  }
  const redisMaxTtlSeconds = readInteger(environment, 'GW_REDIS_MAX_TTL_SECONDS', 7 * 24 * 3600, 1, 365 * 24 * 3600);
  const redisUrl = redisUrlOf(environment);
  const queryDatabaseUrl = readText(environment, 'GW_DB_QUERY_URL');
  const databaseUrl = readText(environment, 'DATABASE_URL');
  return {
    ...(redisUrl ? { redisUrl } : {}),
    redisPrefix,
    redisDefaultTtlSeconds: readInteger(environment, 'GW_REDIS_DEFAULT_TTL_SECONDS', Math.min(3600, redisMaxTtlSeconds), 1, redisMaxTtlSeconds),
    redisMaxTtlSeconds,
    ...(queryDatabaseUrl ? { queryDatabaseUrl } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    writeTables,
    statementTimeoutMs: readInteger(environment, 'GW_DB_STATEMENT_TIMEOUT_MS', 5000, 100, 600_000),
    rowLimit: readInteger(environment, 'GW_DB_ROW_LIMIT', 500, 1, 100_000),
  };
}
