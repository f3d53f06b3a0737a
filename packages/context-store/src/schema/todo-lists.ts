import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export interface TodoItem {
  readonly id: string;
  readonly text: string;
  readonly done: boolean;
}

export const todoLists = pgTable(
  'todo_lists',
  {
    id: text('id').primaryKey(),
    // A list may outlive or precede a conversation, so this is a plain reference.
    conversationId: text('conversation_id'),
    userId: text('user_id'),
    title: text('title').notNull(),
    items: jsonb('items').$type<TodoItem[]>().notNull().default([]),
    // Optimistic concurrency: an update names the version it read.
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('todo_lists_conversation_idx').on(table.conversationId),
    index('todo_lists_user_idx').on(table.userId),
  ],
);
