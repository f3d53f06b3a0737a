import type { ContextStoreDrizzle } from '@gw/context-store';
import { desc, sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { bigint, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import { migrationsFolder } from './migrations-folder.js';

/** Kept apart from the context store's own `__drizzle_migrations`, so each package migrates on its own. */
export const mappingRegistryMigrationsTable = '__gw_mapping_registry_migrations';
const migrationsSchema = 'drizzle';

// The same layout drizzle's migrator writes, so either can read the other's bookkeeping.
const migrationsTable = pgSchema(migrationsSchema).table(mappingRegistryMigrationsTable, {
  id: serial('id').primaryKey(),
  hash: text('hash').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }),
});

// Any constant works; it only has to be the same in every replica.
const migrationLockKey = 7_310_552_006;

/**
 * Applies the registry's committed migrations (drizzle-kit output in `drizzle/`, read with drizzle's migration
 * reader) on the context store's database handle. Everything runs in one transaction under a transaction-scoped
 * advisory lock: replicas starting together wait for each other instead of racing on `create table`, and the
 * lock works through a pooled handle (a session lock would need one pinned connection).
 * Returns the number of migrations applied.
 */
export async function migrateMappingRegistry(db: ContextStoreDrizzle, options: { migrationsFolder?: string } = {}): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder ?? migrationsFolder() });
  return db.transaction(async (transaction) => {
    await transaction.execute(sql`select pg_advisory_xact_lock(${migrationLockKey})`);
    await transaction.execute(sql`create schema if not exists ${sql.identifier(migrationsSchema)}`);
    await transaction.execute(sql`
      create table if not exists ${sql.identifier(migrationsSchema)}.${sql.identifier(mappingRegistryMigrationsTable)} (
        id serial primary key,
        hash text not null,
        created_at bigint
      )`);
    const [last] = await transaction.select({ createdAt: migrationsTable.createdAt }).from(migrationsTable).orderBy(desc(migrationsTable.createdAt)).limit(1);
    let applied = 0;
    for (const migration of migrations) {
      if (last && Number(last.createdAt) >= migration.folderMillis) continue;
      for (const statement of migration.sql) {
        if (statement.trim() !== '') await transaction.execute(sql.raw(statement));
      }
      await transaction.insert(migrationsTable).values({ hash: migration.hash, createdAt: migration.folderMillis });
      applied++;
    }
    return applied;
  });
}
