import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { ContextStoreDrizzle } from '../database/context-store-database.js';
import { contextSummaries } from '../schema/context-summaries.js';
import { conversations } from '../schema/conversations.js';
import { messages } from '../schema/messages.js';
import type { Conversation, ConversationMessage, ConversationSummary, StoredMessage } from './context-types.js';

export interface NewConversation {
  readonly id: string;
  readonly userId?: string | undefined;
  readonly project?: string | undefined;
  readonly metadata?: Record<string, unknown> | undefined;
}

export interface AppendResult {
  readonly stored: StoredMessage[];
  readonly messageCount: number;
  readonly summarisedThroughSequence: number;
  readonly unsummarisedTokenCount: number;
}

/** The durable side of conversations: every query the context manager makes. */
export function createConversationRepository(db: ContextStoreDrizzle) {
  return {
    async createConversation(conversation: NewConversation): Promise<Conversation> {
      await db
        .insert(conversations)
        .values({
          id: conversation.id,
          userId: conversation.userId ?? null,
          project: conversation.project ?? null,
          metadata: conversation.metadata ?? {},
        })
        .onConflictDoNothing();
      const created = await this.getConversation(conversation.id);
      return created as Conversation;
    },

    async getConversation(id: string): Promise<Conversation | undefined> {
      const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
      if (row === undefined) return undefined;
      return {
        id: row.id,
        userId: row.userId,
        project: row.project,
        metadata: row.metadata,
        messageCount: row.messageCount,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    },

    /**
     * Hands out the next sequences by incrementing the conversation's counter in the same transaction as the
     * insert: the row lock orders concurrent appends from every replica, and a failed insert gives the numbers back.
     */
    async appendMessages(
      conversation: NewConversation,
      items: readonly { readonly message: ConversationMessage; readonly tokenCount: number }[],
    ): Promise<AppendResult> {
      const count = items.length;
      const tokens = items.reduce((sum, item) => sum + item.tokenCount, 0);
      return db.transaction(async (transaction) => {
        const [counters] = await transaction
          .insert(conversations)
          .values({
            id: conversation.id,
            userId: conversation.userId ?? null,
            project: conversation.project ?? null,
            metadata: conversation.metadata ?? {},
            messageCount: count,
            unsummarisedTokenCount: tokens,
          })
          .onConflictDoUpdate({
            target: conversations.id,
            set: {
              messageCount: sql`${conversations.messageCount} + ${count}`,
              unsummarisedTokenCount: sql`${conversations.unsummarisedTokenCount} + ${tokens}`,
              updatedAt: sql`now()`,
            },
          })
          .returning({
            messageCount: conversations.messageCount,
            summarisedThroughSequence: conversations.summarisedThroughSequence,
            unsummarisedTokenCount: conversations.unsummarisedTokenCount,
          });
        if (counters === undefined) throw new Error('conversation upsert returned no row');
        const first = counters.messageCount - count + 1;
        const rows = await transaction
          .insert(messages)
          .values(
            items.map((item, index) => ({
              conversationId: conversation.id,
              sequence: first + index,
              role: item.message.role,
              message: item.message,
              tokenCount: item.tokenCount,
            })),
          )
          .returning({ sequence: messages.sequence, createdAt: messages.createdAt });
        const stored = rows
          .sort((left, right) => left.sequence - right.sequence)
          .map((row, index) => ({
            sequence: row.sequence,
            createdAt: row.createdAt,
            message: (items[index] as (typeof items)[number]).message,
            tokenCount: (items[index] as (typeof items)[number]).tokenCount,
          }));
        return { stored, ...counters };
      });
    },

    /** The newest `limit` messages after `afterSequence`, oldest first. */
    async loadRecentMessages(conversationId: string, afterSequence: number, limit: number): Promise<StoredMessage[]> {
      const rows = await db
        .select({ sequence: messages.sequence, message: messages.message, tokenCount: messages.tokenCount, createdAt: messages.createdAt })
        .from(messages)
        .where(and(eq(messages.conversationId, conversationId), gt(messages.sequence, afterSequence)))
        .orderBy(desc(messages.sequence))
        .limit(limit);
      return rows.reverse().map((row) => ({ ...row, message: row.message as ConversationMessage }));
    },

    /** Every message after `afterSequence` up to `throughSequence`, oldest first. */
    async loadMessageRange(conversationId: string, afterSequence: number, throughSequence: number): Promise<StoredMessage[]> {
      const rows = await db
        .select({ sequence: messages.sequence, message: messages.message, tokenCount: messages.tokenCount, createdAt: messages.createdAt })
        .from(messages)
        .where(
          and(
            eq(messages.conversationId, conversationId),
            gt(messages.sequence, afterSequence),
            sql`${messages.sequence} <= ${throughSequence}`,
          ),
        )
        .orderBy(asc(messages.sequence));
      return rows.map((row) => ({ ...row, message: row.message as ConversationMessage }));
    },

    async latestSummary(conversationId: string): Promise<ConversationSummary | undefined> {
      const [row] = await db
        .select(summaryColumns)
        .from(contextSummaries)
        .where(eq(contextSummaries.conversationId, conversationId))
        .orderBy(desc(contextSummaries.version))
        .limit(1);
      return row;
    },

    async listSummaries(conversationId: string): Promise<ConversationSummary[]> {
      return db
        .select(summaryColumns)
        .from(contextSummaries)
        .where(eq(contextSummaries.conversationId, conversationId))
        .orderBy(asc(contextSummaries.version));
    },

    /** Stores a new summary version; undefined when another writer stored that version first. */
    async insertSummary(
      conversationId: string,
      summary: Omit<ConversationSummary, 'createdAt'>,
    ): Promise<ConversationSummary | undefined> {
      return db.transaction(async (transaction) => {
        const [row] = await transaction
          .insert(contextSummaries)
          .values({ conversationId, ...summary })
          .onConflictDoNothing({ target: [contextSummaries.conversationId, contextSummaries.version] })
          .returning(summaryColumns);
        if (row === undefined) return undefined;
        await transaction
          .update(conversations)
          .set({
            summarisedThroughSequence: summary.coveredThroughSequence,
            unsummarisedTokenCount: sql`(select coalesce(sum(${messages.tokenCount}), 0) from ${messages} where ${messages.conversationId} = ${conversationId} and ${messages.sequence} > ${summary.coveredThroughSequence})`,
          })
          .where(and(eq(conversations.id, conversationId), sql`${conversations.summarisedThroughSequence} < ${summary.coveredThroughSequence}`));
        return row;
      });
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;

const summaryColumns = {
  version: contextSummaries.version,
  summary: contextSummaries.summary,
  coveredThroughSequence: contextSummaries.coveredThroughSequence,
  tokenCount: contextSummaries.tokenCount,
  createdAt: contextSummaries.createdAt,
};
