import { createDatabase } from '@gw/context-store';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mappingRegistryMigrationsTable, migrateMappingRegistry } from './migrate-mapping-registry.js';

describe('migrateMappingRegistry on PGlite', () => {
  it('creates the registry tables beside the context store, with its own migrations table, once', async () => {
    const database = await createDatabase({ kind: 'pglite' });
    try {
      expect(await migrateMappingRegistry(database.db)).toBe(1);
      expect(await migrateMappingRegistry(database.db)).toBe(0);
      const tables = await database.db
        .select({ schema: sql<string>`table_schema`, name: sql<string>`table_name` })
        .from(sql`information_schema.tables`)
        .where(sql`table_schema in ('public', 'drizzle')`);
      const names = tables.map((table) => `${table.schema}.${table.name}`);
      expect(names).toEqual(expect.arrayContaining(['public.gw_api_keys', 'public.gw_model_mappings', 'public.llm_calls', `drizzle.${mappingRegistryMigrationsTable}`, 'drizzle.__drizzle_migrations']));
      const recorded = await database.db.execute(sql`select count(*)::int as count from drizzle.${sql.identifier(mappingRegistryMigrationsTable)}`);
      const rows = (Array.isArray(recorded) ? recorded : (recorded as unknown as { rows: unknown[] }).rows) as { count: number }[];
      expect(rows[0]!.count).toBe(1);
    } finally {
      await database.close();
    }
  });
});
