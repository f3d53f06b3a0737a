import type { HotTier, HotTierWrite, SequencedEntry } from '../hot-tier/hot-tier.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError } from '../logger/context-store-logger.js';
import type { ConversationMessage, ConversationSummary, StoredMessage } from './context-types.js';

export interface CachedConversation {
  readonly summary: ConversationSummary | undefined;
  readonly messages: StoredMessage[];
}

// Redis Cluster keeps keys with the same {tag} in one slot, so the multi-key writes below stay atomic there too.
const messagesKey = (conversationId: string): string => `conversation:{${conversationId}}:messages`;
const summaryKey = (conversationId: string): string => `conversation:{${conversationId}}:summary`;
const noSummary = 'none';

/**
 * The conversation view in the hot tier: the latest summary and the newest messages. Every method swallows hot-tier
 * failures (logged) because the database holds the truth: a failed read is a miss, a failed write is skipped.
 */
export function createConversationHotCache(options: {
  hotTier: HotTier;
  logger: ContextStoreLogger;
  maxMessages: number;
  ttlSeconds: number;
}) {
  const { hotTier, logger, maxMessages, ttlSeconds } = options;

  const writeQuietly = async (operation: string, conversationId: string, writes: HotTierWrite[]): Promise<void> => {
    try {
      await hotTier.write(writes);
    } catch (error) {
      logger.warn('hot tier write skipped', { operation, conversationId, error: describeError(error) });
    }
  };

  return {
    /** Undefined on a miss (nothing cached, an incomplete list, or the hot tier is down). */
    async read(conversationId: string): Promise<CachedConversation | undefined> {
      try {
        const [summary, list] = await Promise.all([hotTier.get(summaryKey(conversationId)), hotTier.readSequenced(messagesKey(conversationId))]);
        if (summary === undefined || !list.complete) return undefined;
        return { summary: summary === noSummary ? undefined : parseSummary(summary), messages: list.entries.map(parseMessage) };
      } catch (error) {
        logger.warn('hot tier read failed, using the database', { conversationId, error: describeError(error) });
        return undefined;
      }
    },

    /** Loads a database view into the hot tier, merged with anything appended meanwhile. */
    fill(conversationId: string, view: CachedConversation): Promise<void> {
      return writeQuietly('fill', conversationId, [
        { type: 'set', key: summaryKey(conversationId), value: view.summary === undefined ? noSummary : JSON.stringify(view.summary), ttlSeconds },
        { type: 'fill-sequenced', key: messagesKey(conversationId), entries: view.messages.map(toEntry), maxEntries: maxMessages, ttlSeconds },
      ]);
    },

    append(conversationId: string, stored: readonly StoredMessage[]): Promise<void> {
      return writeQuietly('append', conversationId, [
        { type: 'append-sequenced', key: messagesKey(conversationId), entries: stored.map(toEntry), maxEntries: maxMessages, ttlSeconds },
      ]);
    },

    setSummary(conversationId: string, summary: ConversationSummary): Promise<void> {
      return writeQuietly('summary', conversationId, [{ type: 'set', key: summaryKey(conversationId), value: JSON.stringify(summary), ttlSeconds }]);
    },
  };
}

export type ConversationHotCache = ReturnType<typeof createConversationHotCache>;

function toEntry(message: StoredMessage): SequencedEntry {
  return {
    sequence: message.sequence,
    value: JSON.stringify({ message: message.message, tokenCount: message.tokenCount, createdAt: message.createdAt.toISOString() }),
  };
}

function parseMessage(entry: SequencedEntry): StoredMessage {
  const parsed = JSON.parse(entry.value) as { message: ConversationMessage; tokenCount: number; createdAt: string };
  return { sequence: entry.sequence, message: parsed.message, tokenCount: parsed.tokenCount, createdAt: new Date(parsed.createdAt) };
}

function parseSummary(value: string): ConversationSummary {
  const parsed = JSON.parse(value) as Omit<ConversationSummary, 'createdAt'> & { createdAt: string };
  return { ...parsed, createdAt: new Date(parsed.createdAt) };
}
