import { createDatabase } from '../database/create-database.js';
import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { createTestDatabase } from './create-test-database.js';
import { checkTestPostgres } from './service-gate.js';

export interface DatabaseTarget {
  readonly name: string;
  readonly skip: boolean;
  /** Opens a fresh, migrated database; `close` also drops it. */
  open(): Promise<ContextStoreDatabase>;
}

/** Both durable tiers: in-memory PGlite always, PostgreSQL when reachable (a fresh database per call). */
export async function databaseTargets(): Promise<DatabaseTarget[]> {
  const postgresGate = await checkTestPostgres();
  return [
    { name: 'pglite', skip: false, open: () => createDatabase({ kind: 'pglite' }) },
    {
      name: postgresGate.suiteName('postgres'),
      skip: postgresGate.skip,
      open: async () => {
        const testDatabase = await createTestDatabase(postgresGate.url);
        const database = await createDatabase({ kind: 'postgres', url: testDatabase.url, poolSize: 10 });
        return {
          ...database,
          close: async () => {
            await database.close();
            await testDatabase.drop();
          },
        };
      },
    },
  ];
}
