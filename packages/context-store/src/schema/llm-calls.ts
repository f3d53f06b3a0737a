import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per upstream LLM call; the request id makes writes idempotent. */
export const llmCalls = pgTable(
  'llm_calls',
  {
    requestId: text('request_id').primaryKey(),
    // No foreign key: a call log must never be rejected because its conversation is unknown here.
    conversationId: text('conversation_id'),
    userId: text('user_id'),
    apiKeyId: text('api_key_id'),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    tier: integer('tier'),
    inputTokens: integer('input_tokens').notNull().default(0),
    cachedInputTokens: integer('cached_input_tokens').notNull().default(0),
    cacheWriteTokens: integer('cache_write_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    reasoningTokens: integer('reasoning_tokens').notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 20, scale: 10 }).notNull().default('0'),
    durationMs: integer('duration_ms').notNull().default(0),
    status: text('status', { enum: ['success', 'error', 'partial'] }).notNull(),
    errorCode: text('error_code'),
    rawUsage: jsonb('raw_usage'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('llm_calls_status_check', sql`${table.status} in ('success', 'error', 'partial')`),
    index('llm_calls_created_idx').on(table.createdAt),
    index('llm_calls_user_created_idx').on(table.userId, table.createdAt),
    index('llm_calls_api_key_created_idx').on(table.apiKeyId, table.createdAt),
    index('llm_calls_model_created_idx').on(table.model, table.createdAt),
    index('llm_calls_provider_created_idx').on(table.provider, table.createdAt),
    index('llm_calls_conversation_idx').on(table.conversationId),
  ],
);
