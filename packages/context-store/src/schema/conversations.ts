import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    userId: text('user_id'),
    project: text('project'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    // The last message sequence handed out; incrementing it serialises appends across replicas.
    messageCount: integer('message_count').notNull().default(0),
    // Kept in step by append and compression so deciding to compress costs no extra query.
    summarisedThroughSequence: integer('summarised_through_sequence').notNull().default(0),
    unsummarisedTokenCount: integer('unsummarised_token_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('conversations_user_updated_idx').on(table.userId, table.updatedAt),
    index('conversations_project_idx').on(table.project),
  ],
);
