import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContextStoreError } from '../errors/context-store-error.js';
import { llmCalls } from '../schema/llm-calls.js';
import { createTestDatabase } from '../testing/create-test-database.js';
import { databaseTargets } from '../testing/database-targets.test-helper.js';
import { checkTestPostgres } from '../testing/service-gate.js';
import type { ContextStoreDatabase } from './context-store-database.js';
import { createDatabase } from './create-database.js';

const targets = await databaseTargets();
const postgresGate = await checkTestPostgres();

for (const target of targets) {
  describe.skipIf(target.skip)(`createDatabase on ${target.name}`, () => {
    let database: ContextStoreDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('applies the committed migrations', async () => {
      const tables = await database.db
        .select({ name: sql<string>`table_name` })
        .from(sql`information_schema.tables`)
        .where(sql`table_schema = 'public'`);
      expect(tables.map((table) => table.name).sort()).toEqual(['context_summaries', 'conversations', 'llm_calls', 'messages', 'todo_lists']);
    });

    it('enforces the status check and the unique request id', async () => {
      const row = { requestId: 'request-1', provider: 'openai', model: 'gpt-4o-mini', status: 'success' as const };
      await database.db.insert(llmCalls).values(row);
      const again = await database.db.insert(llmCalls).values(row).onConflictDoNothing().returning({ requestId: llmCalls.requestId });
      expect(again).toEqual([]);
      await expect(
        database.db.insert(llmCalls).values({ ...row, requestId: 'request-2', status: 'bogus' as 'success' }),
      ).rejects.toThrow();
    });
  });
}

describe('createDatabase with PGlite in a directory', () => {
  it('keeps data across restarts and migrates only once', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gw-pglite-'));
    try {
      const first = await createDatabase({ kind: 'pglite', dataDir: join(directory, 'pglite') });
      await first.db.insert(llmCalls).values({ requestId: 'kept', provider: 'openai', model: 'm', status: 'success' });
      await first.close();
      const second = await createDatabase({ kind: 'pglite', dataDir: join(directory, 'pglite') });
      const rows = await second.db.select({ requestId: llmCalls.requestId }).from(llmCalls);
      expect(rows).toEqual([{ requestId: 'kept' }]);
      await second.close();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe.skipIf(postgresGate.skip)(postgresGate.suiteName('createDatabase on postgres, concurrently'), () => {
  it('lets several replicas start at once (migrations run under an advisory lock)', async () => {
    const testDatabase = await createTestDatabase(postgresGate.url);
    try {
      const replicas = await Promise.all([1, 2, 3].map(() => createDatabase({ kind: 'postgres', url: testDatabase.url, poolSize: 2 })));
      await Promise.all(replicas.map((replica) => replica.close()));
    } finally {
      await testDatabase.drop();
    }
  });
});

describe('createDatabase failures', () => {
  it('reports an unreachable server without its password', async () => {
    const failure = await createDatabase({
      kind: 'postgres',
      url: 'postgres://gw:secret-word@127.0.0.1:1/gw',
      connectTimeoutSeconds: 1,
    }).catch((error: unknown) => error);
    expect(ContextStoreError.isInstance(failure) && failure.code).toBe('DATABASE_UNAVAILABLE');
    expect(String(failure)).not.toContain('secret-word');
    expect(JSON.stringify((failure as ContextStoreError).details)).not.toContain('secret-word');
  });
});
