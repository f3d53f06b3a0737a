import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallLogWriter } from '../call-log/create-call-log-writer.js';
import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import { databaseTargets } from '../testing/database-targets.test-helper.js';
import { createUsageQueries } from './create-usage-queries.js';

const call = (requestId: string, day: string, fields: { model: string; provider: string; userId: string; apiKeyId: string; costUsd: string; status?: 'success' | 'error' }) => ({
  requestId,
  createdAt: `${day}T12:00:00.000Z`,
  inputTokens: 100,
  cachedInputTokens: 10,
  cacheWriteTokens: 1,
  outputTokens: 20,
  reasoningTokens: 5,
  status: fields.status ?? ('success' as const),
  ...fields,
});

for (const target of await databaseTargets()) {
  describe.skipIf(target.skip)(`usage queries: ${target.name}`, () => {
    let database: ContextStoreDatabase;
    beforeAll(async () => {
      database = await target.open();
      const writer = createCallLogWriter({ database });
      writer.write(call('u1', '2025-03-01', { model: 'small', provider: 'openai', userId: 'alice', apiKeyId: 'key-a', costUsd: '0.0010000000' }));
      writer.write(call('u2', '2025-03-01', { model: 'large', provider: 'anthropic', userId: 'alice', apiKeyId: 'key-a', costUsd: '0.0200000000' }));
      writer.write(call('u3', '2025-03-02', { model: 'small', provider: 'openai', userId: 'bob', apiKeyId: 'key-b', costUsd: '0.0010000000', status: 'error' }));
      writer.write(call('u4', '2025-03-05', { model: 'small', provider: 'openai', userId: 'bob', apiKeyId: 'key-b', costUsd: '0.5000000000' }));
      await writer.close();
    });
    afterAll(async () => {
      await database?.close();
    });

    const period = { from: new Date('2025-03-01T00:00:00Z'), to: new Date('2025-03-03T00:00:00Z') };

    it('totals a period (end exclusive)', async () => {
      const usage = createUsageQueries({ database });
      expect(await usage.getUsage(period)).toEqual([
        {
          calls: 3,
          errorCalls: 1,
          inputTokens: 300,
          cachedInputTokens: 30,
          cacheWriteTokens: 3,
          outputTokens: 60,
          reasoningTokens: 15,
          totalTokens: 408,
          costUsd: 0.022,
        },
      ]);
    });

    it('breaks down by day and model', async () => {
      const rows = await createUsageQueries({ database }).getUsage({ ...period, groupBy: ['day', 'model'] });
      expect(rows.map((row) => [row.day, row.model, row.calls, row.costUsd])).toEqual([
        ['2025-03-01', 'large', 1, 0.02],
        ['2025-03-01', 'small', 1, 0.001],
        ['2025-03-02', 'small', 1, 0.001],
      ]);
    });

    it('breaks down by provider, user and key, and filters', async () => {
      const usage = createUsageQueries({ database });
      const whole = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') };
      expect((await usage.getUsage({ ...whole, groupBy: ['provider'] })).map((row) => [row.provider, row.calls])).toEqual([
        ['anthropic', 1],
        ['openai', 3],
      ]);
      expect((await usage.getUsage({ ...whole, groupBy: ['user', 'apiKey'] })).map((row) => [row.userId, row.apiKeyId, row.costUsd])).toEqual([
        ['alice', 'key-a', 0.021],
        ['bob', 'key-b', 0.501],
      ]);
      expect((await usage.getUsage({ ...whole, userId: 'bob', model: 'small' }))[0]?.calls).toBe(2);
      expect((await usage.getUsage({ ...whole, apiKeyId: 'key-a', provider: 'openai' }))[0]?.calls).toBe(1);
    });

    it('rejects an empty period', async () => {
      const failure = await createUsageQueries({ database })
        .getUsage({ from: period.to, to: period.from })
        .catch((error: unknown) => error);
      expect(ContextStoreError.isInstance(failure) && failure.code).toBe('INVALID_ARGUMENT');
    });
  });
}
