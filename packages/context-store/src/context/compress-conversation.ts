import { ContextStoreError } from '../errors/context-store-error.js';
import type { ConversationSummary, Summariser } from './context-types.js';
import type { ConversationHotCache } from './conversation-hot-cache.js';
import type { ConversationRepository } from './conversation-repository.js';
import { estimateMessageTokens } from './estimate-message-tokens.js';
import { summaryMessage } from './summary-message.js';

export interface CompressionSettings {
  /** Messages after the summary that stay verbatim. */
  readonly keepRecentMessages: number;
}

/**
 * Folds every message after the latest summary, except the newest `keepRecentMessages`, into a new summary version.
 * Returns undefined when there is nothing to fold or another writer stored the same version first.
 */
export async function compressConversation(
  conversationId: string,
  dependencies: { repository: ConversationRepository; hotCache: ConversationHotCache; summariser: Summariser },
  settings: CompressionSettings,
): Promise<ConversationSummary | undefined> {
  const { repository, hotCache, summariser } = dependencies;
  const conversation = await repository.getConversation(conversationId);
  if (conversation === undefined) return undefined;
  const previous = await repository.latestSummary(conversationId);
  const coveredThrough = previous?.coveredThroughSequence ?? 0;
  const foldThrough = conversation.messageCount - settings.keepRecentMessages;
  if (foldThrough <= coveredThrough) return undefined;
  const toFold = await repository.loadMessageRange(conversationId, coveredThrough, foldThrough);
  if (toFold.length === 0) return undefined;
  let text: string;
  try {
    text = await summariser({ conversationId, previousSummary: previous?.summary, messages: toFold });
  } catch (error) {
    throw new ContextStoreError('SUMMARISER_FAILED', `summarising conversation ${conversationId} failed`, {
      cause: error,
      details: { conversationId },
    });
  }
  const stored = await repository.insertSummary(conversationId, {
    version: (previous?.version ?? 0) + 1,
    summary: text,
    coveredThroughSequence: (toFold.at(-1) as (typeof toFold)[number]).sequence,
    tokenCount: estimateMessageTokens(summaryMessage(text)),
  });
  if (stored !== undefined) await hotCache.setSummary(conversationId, stored);
  return stored;
}
