import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { expect } from 'vitest';
import { callRecord } from '../src/call-log/call-log-writer-contract.test-helper.js';
import type { CallLogSpool } from '../src/call-log/call-log-spool.js';
import { createCallLogWriter } from '../src/call-log/create-call-log-writer.js';
import { createDatabase } from '../src/database/create-database.js';
import { startPrivatePostgres } from '../src/testing/start-private-postgres.js';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * 2,000 calls logged over about 12 s while the private PostgreSQL is stopped for 10 s of it (plus 100 re-sent
 * request ids); afterwards the table must hold exactly the 2,000 rows.
 */
export async function runPostgresOutageDuringCallBurst(openSpool: (directory: string) => Promise<CallLogSpool>): Promise<void> {
  const server = await startPrivatePostgres();
  const directory = await mkdtemp(join(tmpdir(), 'gw-outage-'));
  try {
    const database = await createDatabase({ kind: 'postgres', url: server.url, connectTimeoutSeconds: 2, poolSize: 4 });
    const spool = await openSpool(directory);
    const writer = createCallLogWriter({ database, spools: [spool], batchSize: 100, flushIntervalMs: 100, retryIntervalMs: 300 });
    const total = 2_000;
    const started = Date.now();
    let outage: Promise<void> | undefined;
    for (let index = 0; index < total; index += 1) {
      writer.write(callRecord(`burst-${index}`, { costUsd: '0.0000010000' }));
      // Re-sending a call that was logged during the outage must not add a row.
      if (index % 20 === 0 && index >= 400) writer.write(callRecord(`burst-${index - 200}`));
      if (index % 10 === 9) await sleep(60);
      if (index === 150) {
        outage = (async () => {
          await server.stop('fast');
          await sleep(10_000);
          await server.start();
        })();
      }
    }
    await outage;
    const duringOutage = writer.stats();
    const stats = await writer.close();
    await database.close();
    expect(Date.now() - started).toBeGreaterThan(10_000);
    expect(duringOutage.spooled).toBeGreaterThan(0);
    expect(stats.replayed).toBeGreaterThan(0);
    expect(stats.dropped).toBe(0);
    expect(stats.rejected).toBe(0);
    expect(await spool.size()).toBe(0);
    const client = postgres(server.url, { max: 1, onnotice: () => undefined });
    try {
      const [row] = await client<{ rows: string; distinct_ids: string }[]>`select count(*) as rows, count(distinct request_id) as distinct_ids from llm_calls`;
      expect(row).toEqual({ rows: '2000', distinct_ids: '2000' });
    } finally {
      await client.end();
    }
  } finally {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  }
}
