import { ContextStoreError } from '../errors/context-store-error.js';
import type { ContextStoreConfig, DatabaseConfig, HotTierConfig } from './context-store-config.js';

export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

const defaultTtlSeconds = 60 * 60;

/**
 * Reads the storage settings of the source specs: `DATABASE_URL` or `DB_HOST/DB_PORT/DB_USER/DB_PASSWORD/DB_NAME`
 * (else PGlite, in `GW_DATA_DIR` when set), `REDIS_URL` or `REDIS_HOST/REDIS_PORT/REDIS_PASSWORD/REDIS_DB`
 * (else in memory), `GW_REDIS_KEY_PREFIX`, `GW_CONTEXT_TTL_SECONDS`.
 */
export function loadContextStoreConfig(environment: EnvironmentVariables): ContextStoreConfig {
  const dataDir = nonEmpty(environment['GW_DATA_DIR']);
  const keyPrefix = nonEmpty(environment['GW_REDIS_KEY_PREFIX']) ?? 'gw:';
  const hotTierTtlSeconds = readInteger(environment, 'GW_CONTEXT_TTL_SECONDS', defaultTtlSeconds, 1);
  return {
    database: readDatabaseConfig(environment, dataDir),
    hotTier: readHotTierConfig(environment),
    keyPrefix,
    hotTierTtlSeconds,
    ...(dataDir === undefined ? {} : { dataDir }),
  };
}

function readDatabaseConfig(environment: EnvironmentVariables, dataDir: string | undefined): DatabaseConfig {
  const url = nonEmpty(environment['DATABASE_URL']);
  if (url !== undefined) return { kind: 'postgres', url: checkUrl(url, ['postgres:', 'postgresql:'], 'DATABASE_URL') };
  const host = nonEmpty(environment['DB_HOST']);
  if (host !== undefined) {
    const port = readInteger(environment, 'DB_PORT', 5432, 1);
    const user = nonEmpty(environment['DB_USER']) ?? 'postgres';
    const password = nonEmpty(environment['DB_PASSWORD']);
    const name = nonEmpty(environment['DB_NAME']) ?? 'gw';
    const credentials = password === undefined ? encodeURIComponent(user) : `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;
    return { kind: 'postgres', url: `postgres://${credentials}@${formatHost(host)}:${port}/${encodeURIComponent(name)}` };
  }
  return dataDir === undefined ? { kind: 'pglite' } : { kind: 'pglite', dataDir: `${dataDir.replace(/\/+$/, '')}/pglite` };
}

function readHotTierConfig(environment: EnvironmentVariables): HotTierConfig {
  const url = nonEmpty(environment['REDIS_URL']);
  if (url !== undefined) return { kind: 'redis', url: checkUrl(url, ['redis:', 'rediss:'], 'REDIS_URL') };
  const host = nonEmpty(environment['REDIS_HOST']);
  if (host === undefined) return { kind: 'memory' };
  const port = readInteger(environment, 'REDIS_PORT', 6379, 1);
  const database = readInteger(environment, 'REDIS_DB', 0, 0);
  const password = nonEmpty(environment['REDIS_PASSWORD']);
  const credentials = password === undefined ? '' : `:${encodeURIComponent(password)}@`;
  return { kind: 'redis', url: `redis://${credentials}${formatHost(host)}:${port}/${database}` };
}

function checkUrl(value: string, protocols: readonly string[], name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ContextStoreError('CONFIG_INVALID', `${name} is not a valid URL`, { details: { variable: name } });
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ContextStoreError('CONFIG_INVALID', `${name} must start with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`, {
      details: { variable: name },
    });
  }
  return value;
}

function readInteger(environment: EnvironmentVariables, name: string, fallback: number, minimum: number): number {
  const raw = nonEmpty(environment[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new ContextStoreError('CONFIG_INVALID', `${name} must be an integer of at least ${minimum}, got "${raw}"`, {
      details: { variable: name },
    });
  }
  return value;
}

function formatHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
