import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import { createMemoryHotTier } from '../hot-tier/create-memory-hot-tier.js';
import { llmCalls } from '../schema/llm-calls.js';
import type { DatabaseTarget } from '../testing/database-targets.test-helper.js';
import type { CallLogRecord } from './call-log-record.js';
import { createCallLogWriter } from './create-call-log-writer.js';
import { createFileCallLogSpool } from './create-file-call-log-spool.js';
import { createHotTierCallLogSpool } from './create-hot-tier-call-log-spool.js';

export const callRecord = (requestId: string, overrides: Partial<CallLogRecord> = {}): CallLogRecord => ({
  requestId,
  conversationId: 'conversation-1',
  userId: 'user-1',
  apiKeyId: 'key-1',
  provider: 'openai',
  model: 'gpt-4o-mini',
  tier: 1,
  inputTokens: 100,
  cachedInputTokens: 20,
  cacheWriteTokens: 5,
  outputTokens: 50,
  reasoningTokens: 10,
  costUsd: '0.0000450000',
  durationMs: 321,
  status: 'success',
  rawUsage: { prompt_tokens: 100, completion_tokens: 50 },
  ...overrides,
});

const waitFor = async (condition: () => Promise<boolean>, timeoutMs = 3_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** The call log writer's behaviour on a database. */
export function describeCallLogWriterContract(target: DatabaseTarget): void {
  describe.skipIf(target.skip)(`call log writer contract: ${target.name}`, () => {
    let database: ContextStoreDatabase;
    const rowCount = async (prefix = ''): Promise<number> => {
      const rows = await database.db.select({ requestId: llmCalls.requestId }).from(llmCalls);
      return rows.filter((row) => row.requestId.startsWith(prefix)).length;
    };

    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('stores every record once, even when a request id is written twice', async () => {
      const writer = createCallLogWriter({ database, batchSize: 100 });
      for (let index = 0; index < 450; index += 1) writer.write(callRecord(`once-${index}`));
      for (let index = 0; index < 50; index += 1) writer.write(callRecord(`once-${index}`, { outputTokens: 999 }));
      const stats = await writer.close();
      expect(await rowCount('once-')).toBe(450);
      expect(stats).toMatchObject({ written: 500, inserted: 500, dropped: 0, rejected: 0, buffered: 0 });
      const [row] = await database.db.select().from(llmCalls).where(eq(llmCalls.requestId, 'once-7'));
      expect(row).toMatchObject({
        outputTokens: 50,
        cachedInputTokens: 20,
        cacheWriteTokens: 5,
        reasoningTokens: 10,
        costUsd: '0.0000450000',
        status: 'success',
        rawUsage: { prompt_tokens: 100, completion_tokens: 50 },
      });
    });

    it('flushes by size without waiting for the timer, and by time', async () => {
      const bySize = createCallLogWriter({ database, batchSize: 10, flushIntervalMs: 60_000 });
      for (let index = 0; index < 10; index += 1) bySize.write(callRecord(`size-${index}`));
      await waitFor(async () => (await rowCount('size-')) === 10);
      await bySize.close();
      const byTime = createCallLogWriter({ database, batchSize: 1_000, flushIntervalMs: 50 });
      byTime.write(callRecord('time-1'));
      await waitFor(async () => (await rowCount('time-')) === 1);
      await byTime.close();
    });

    it('refuses only the rows the database rejects', async () => {
      const writer = createCallLogWriter({ database, batchSize: 10 });
      writer.write(callRecord('poison-good-1'));
      writer.write(callRecord('poison-bad', { createdAt: '-010000-01-01T00:00:00.000Z' }));
      writer.write(callRecord('poison-good-2'));
      const stats = await writer.close();
      expect(stats).toMatchObject({ inserted: 2, rejected: 1 });
      expect(await rowCount('poison-')).toBe(2);
    });

    it('rejects writes after close', async () => {
      const writer = createCallLogWriter({ database });
      await writer.close();
      expect(() => writer.write(callRecord('late'))).toThrow(ContextStoreError);
    });

    it('replays rows left in a file spool and a hot-tier spool by an earlier run', async () => {
      const directory = await mkdtemp(join(tmpdir(), 'gw-call-log-'));
      try {
        const fileSpool = createFileCallLogSpool(join(directory, 'spool.jsonl'));
        const hotTierSpool = createHotTierCallLogSpool(createMemoryHotTier());
        const spooledRow = (requestId: string) => JSON.stringify({ ...callRecord(requestId), costUsd: '0', createdAt: new Date().toISOString() });
        await fileSpool.append([spooledRow('spooled-file-1'), spooledRow('spooled-file-2')]);
        await hotTierSpool.append([spooledRow('spooled-redis-1'), spooledRow('spooled-file-1')]);
        const writer = createCallLogWriter({ database, spools: [hotTierSpool, fileSpool], flushIntervalMs: 20 });
        await waitFor(async () => (await rowCount('spooled-')) === 3);
        const stats = await writer.close();
        expect(stats.replayed).toBe(4);
        expect(await fileSpool.size()).toBe(0);
        expect(await hotTierSpool.size()).toBe(0);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    });
  });
}

/** What happens when the database is gone for good: bounded memory, spooling, and honest stats. */
export function describeCallLogWriterWithoutDatabase(target: DatabaseTarget): void {
  describe.skipIf(target.skip)(`call log writer without a database: ${target.name}`, () => {
    let database: ContextStoreDatabase;
    beforeAll(async () => {
      database = await target.open();
      await database.close();
    });

    it('spools everything when the database is gone', async () => {
      const spool = createHotTierCallLogSpool(createMemoryHotTier());
      const writer = createCallLogWriter({ database, spools: [spool], batchSize: 50, maxBufferedRows: 100, retryIntervalMs: 60_000 });
      for (let index = 0; index < 300; index += 1) writer.write(callRecord(`gone-${index}`));
      const stats = await writer.close();
      expect(stats).toMatchObject({ spooled: 300, dropped: 0, databaseAvailable: false });
      expect(await spool.size()).toBe(300);
    });

    it('keeps memory bounded and counts what it drops when nothing can take the rows', async () => {
      const writer = createCallLogWriter({ database, batchSize: 50, maxBufferedRows: 100, retryIntervalMs: 60_000 });
      for (let index = 0; index < 300; index += 1) {
        writer.write(callRecord(`lost-${index}`));
        expect(writer.stats().buffered).toBeLessThanOrEqual(150);
      }
      const stats = await writer.close();
      expect(stats.dropped).toBe(300);
      expect(stats.written).toBe(300);
    });
  });
}

