import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { conversations } from './conversations.js';

/** Every compression adds a version; older versions stay for audit and handoff. */
export const contextSummaries = pgTable(
  'context_summaries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    summary: text('summary').notNull(),
    // Messages with a sequence up to this one are represented by the summary.
    coveredThroughSequence: integer('covered_through_sequence').notNull(),
    tokenCount: integer('token_count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('context_summaries_conversation_version_idx').on(table.conversationId, table.version),
    index('context_summaries_created_idx').on(table.createdAt),
  ],
);
