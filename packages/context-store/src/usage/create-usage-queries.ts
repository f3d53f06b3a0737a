import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import { llmCalls } from '../schema/llm-calls.js';

export type UsageDimension = 'day' | 'model' | 'provider' | 'user' | 'apiKey';

export interface UsageQuery {
  /** Inclusive start of the period. */
  readonly from: Date;
  /** Exclusive end of the period. */
  readonly to: Date;
  /** Break the totals down; none gives one total row. */
  readonly groupBy?: readonly UsageDimension[];
  readonly userId?: string;
  readonly apiKeyId?: string;
  readonly model?: string;
  readonly provider?: string;
}

export interface UsageRow {
  /** `YYYY-MM-DD` in UTC, when grouped by day. */
  readonly day?: string;
  readonly model?: string;
  readonly provider?: string;
  readonly userId?: string | null;
  readonly apiKeyId?: string | null;
  readonly calls: number;
  readonly errorCalls: number;
  readonly inputTokens: number;
  readonly cachedInputTokens: number;
  readonly cacheWriteTokens: number;
  readonly outputTokens: number;
  readonly reasoningTokens: number;
  readonly totalTokens: number;
  readonly costUsd: number;
}

export interface UsageQueries {
  getUsage(query: UsageQuery): Promise<UsageRow[]>;
}

const dimensionColumns: Record<UsageDimension, { readonly name: keyof UsageRow; readonly expression: SQL }> = {
  day: { name: 'day', expression: sql`to_char(${llmCalls.createdAt} at time zone 'UTC', 'YYYY-MM-DD')` },
  model: { name: 'model', expression: sql`${llmCalls.model}` },
  provider: { name: 'provider', expression: sql`${llmCalls.provider}` },
  user: { name: 'userId', expression: sql`${llmCalls.userId}` },
  apiKey: { name: 'apiKeyId', expression: sql`${llmCalls.apiKeyId}` },
};

/** Tokens of every class and cost, over a period, by day / model / provider / user / API key. */
export function createUsageQueries(options: { readonly database: ContextStoreDatabase }): UsageQueries {
  const db = options.database.db;
  return {
    async getUsage(query) {
      if (!(query.from < query.to)) {
        throw new ContextStoreError('INVALID_ARGUMENT', 'usage period must end after it starts', { details: { from: query.from, to: query.to } });
      }
      const dimensions = [...new Set(query.groupBy ?? [])];
      const conditions = [gte(llmCalls.createdAt, query.from), lt(llmCalls.createdAt, query.to)];
      if (query.userId !== undefined) conditions.push(eq(llmCalls.userId, query.userId));
      if (query.apiKeyId !== undefined) conditions.push(eq(llmCalls.apiKeyId, query.apiKeyId));
      if (query.model !== undefined) conditions.push(eq(llmCalls.model, query.model));
      if (query.provider !== undefined) conditions.push(eq(llmCalls.provider, query.provider));

      const groupFields = Object.fromEntries(dimensions.map((dimension) => [dimensionColumns[dimension].name, dimensionColumns[dimension].expression]));
      const rows = await db
        .select({
          ...groupFields,
          calls: sql<string>`count(*)`,
          errorCalls: sql<string>`count(*) filter (where ${llmCalls.status} <> 'success')`,
          inputTokens: sql<string>`coalesce(sum(${llmCalls.inputTokens}), 0)`,
          cachedInputTokens: sql<string>`coalesce(sum(${llmCalls.cachedInputTokens}), 0)`,
          cacheWriteTokens: sql<string>`coalesce(sum(${llmCalls.cacheWriteTokens}), 0)`,
          outputTokens: sql<string>`coalesce(sum(${llmCalls.outputTokens}), 0)`,
          reasoningTokens: sql<string>`coalesce(sum(${llmCalls.reasoningTokens}), 0)`,
          costUsd: sql<string>`coalesce(sum(${llmCalls.costUsd}), 0)`,
        })
        .from(llmCalls)
        .where(and(...conditions))
        .groupBy(...dimensions.map((dimension) => dimensionColumns[dimension].expression))
        .orderBy(...dimensions.map((dimension) => asc(dimensionColumns[dimension].expression)));

      return rows.map((row) => {
        const record = row as Record<string, unknown>;
        const number = (name: string): number => Number(record[name]);
        const tokens = {
          inputTokens: number('inputTokens'),
          cachedInputTokens: number('cachedInputTokens'),
          cacheWriteTokens: number('cacheWriteTokens'),
          outputTokens: number('outputTokens'),
          reasoningTokens: number('reasoningTokens'),
        };
        const groups = Object.fromEntries(dimensions.map((dimension) => [dimensionColumns[dimension].name, record[dimensionColumns[dimension].name]]));
        return {
          ...groups,
          calls: number('calls'),
          errorCalls: number('errorCalls'),
          ...tokens,
          // The token classes of a call log are disjoint (see CallLogRecord), so the total is their sum.
          totalTokens: tokens.inputTokens + tokens.cachedInputTokens + tokens.cacheWriteTokens + tokens.outputTokens + tokens.reasoningTokens,
          costUsd: number('costUsd'),
        } as UsageRow;
      });
    },
  };
}
