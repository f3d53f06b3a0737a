import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseConfig } from '../config/context-store-config.js';
import { redactConnectionStrings } from '../config/redact-connection-string.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError, silentLogger } from '../logger/context-store-logger.js';
import { contextStoreSchema } from '../schema/schema.js';
import type { ContextStoreDatabase, ContextStoreDrizzle } from './context-store-database.js';
import { migrationsFolder } from './migrations-folder.js';

export type CreateDatabaseOptions = DatabaseConfig & {
  readonly logger?: ContextStoreLogger;
  /** Apply the committed migrations before returning (default true). */
  readonly migrate?: boolean;
  /** postgres.js: seconds to wait for a connection before a query fails (default 5). */
  readonly connectTimeoutSeconds?: number;
};

// Any constant works; it only has to be the same in every replica so migrations run one at a time.
const migrationLockKey = 7_310_552_001;

/** Opens the durable tier: postgres.js for a URL, otherwise PGlite (in memory, or in `dataDir`). Runs migrations. */
export async function createDatabase(options: CreateDatabaseOptions): Promise<ContextStoreDatabase> {
  const logger = options.logger ?? silentLogger;
  return options.kind === 'postgres' ? openPostgres(options, logger) : openPglite(options, logger);
}

async function openPostgres(
  options: Extract<CreateDatabaseOptions, { kind: 'postgres' }>,
  logger: ContextStoreLogger,
): Promise<ContextStoreDatabase> {
  const target = describePostgresTarget(options.url);
  const clientOptions = {
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    idle_timeout: 30,
    // postgres.js waits up to 20 s (growing per failure) before reconnecting; after an outage that would keep
    // the pool away from a database that is back. Retry within a second instead.
    backoff: (attempt: number) => Math.min(0.1 * attempt, 1),
    onnotice: (notice: postgres.Notice) => logger.debug('postgres notice', { message: notice['message'] }),
  };
  const client = postgres(options.url, { ...clientOptions, max: options.poolSize ?? 10 });
  const db = drizzlePostgres({ client, schema: contextStoreSchema }) as unknown as ContextStoreDrizzle;
  try {
    if (options.migrate ?? true) {
      // One connection, so the advisory lock and the migration share a session.
      const migrationClient = postgres(options.url, { ...clientOptions, max: 1 });
      try {
        await migrationClient`select pg_advisory_lock(${migrationLockKey})`;
        await migratePostgres(drizzlePostgres({ client: migrationClient }), { migrationsFolder: migrationsFolder() });
      } finally {
        await migrationClient.end({ timeout: 1 }).catch(() => undefined);
      }
    } else {
      await client`select 1`;
    }
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => undefined);
    throw new ContextStoreError('DATABASE_UNAVAILABLE', `could not open or migrate ${target}: ${describeError(error)}`, {
      cause: error,
      details: { target },
    });
  }
  logger.info('database ready', { kind: 'postgres', target });
  return { kind: 'postgres', db, target, close: () => client.end({ timeout: 5 }) };
}

async function openPglite(options: Extract<CreateDatabaseOptions, { kind: 'pglite' }>, logger: ContextStoreLogger): Promise<ContextStoreDatabase> {
  const target = options.dataDir === undefined ? 'pglite (in memory)' : `pglite (${options.dataDir})`;
  let client: PGlite;
  try {
    if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
    client = options.dataDir === undefined ? new PGlite() : new PGlite(options.dataDir);
    await client.waitReady;
  } catch (error) {
    throw new ContextStoreError('DATABASE_UNAVAILABLE', `could not open ${target}: ${describeError(error)}`, { cause: error, details: { target } });
  }
  const db = drizzlePglite({ client, schema: contextStoreSchema });
  try {
    if (options.migrate ?? true) await migratePglite(db, { migrationsFolder: migrationsFolder() });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new ContextStoreError('MIGRATION_FAILED', `could not migrate ${target}: ${describeError(error)}`, { cause: error, details: { target } });
  }
  logger.info('database ready', { kind: 'pglite', target });
  return { kind: 'pglite', db: db as unknown as ContextStoreDrizzle, target, close: () => client.close() };
}

function describePostgresTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.username === '' ? '' : `${parsed.username}@`}${parsed.host}${parsed.pathname}`;
  } catch {
    return redactConnectionStrings(url);
  }
}
