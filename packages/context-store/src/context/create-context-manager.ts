import { randomUUID } from 'node:crypto';
import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import type { HotTier } from '../hot-tier/hot-tier.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError, silentLogger } from '../logger/context-store-logger.js';
import { compressConversation } from './compress-conversation.js';
import type {
  Conversation,
  ConversationContext,
  ConversationMessage,
  ConversationSummary,
  HandoffPackage,
  StoredMessage,
  Summariser,
  TodoList,
  TokenCounter,
} from './context-types.js';
import { createConversationHotCache } from './conversation-hot-cache.js';
import type { CachedConversation } from './conversation-hot-cache.js';
import type { NewConversation } from './conversation-repository.js';
import { createConversationRepository } from './conversation-repository.js';
import { estimateMessageTokens } from './estimate-message-tokens.js';
import { KeyedSerialQueue } from './keyed-serial-queue.js';
import { selectRecentMessages } from './select-recent-messages.js';
import { summaryMessage } from './summary-message.js';
import type { CreateTodoListInput, UpdateTodoListInput } from './todo-list-store.js';
import { createTodoListStore } from './todo-list-store.js';

export interface ContextManagerOptions {
  readonly database: ContextStoreDatabase;
  readonly hotTier: HotTier;
  /** Folds old messages into a summary; without one, conversations are never compressed. */
  readonly summariser?: Summariser;
  readonly countTokens?: TokenCounter;
  readonly logger?: ContextStoreLogger;
  /** Recent messages kept in the hot tier and read for a context (default 50). */
  readonly recentMessageLimit?: number;
  /** Compress when more messages than this follow the summary (default 50). */
  readonly compressAfterMessages?: number;
  /** … or when the messages after the summary exceed this many tokens (default 16,000). */
  readonly compressAfterTokens?: number;
  /** Messages left verbatim after a compression (default 20). */
  readonly keepRecentMessages?: number;
  /** Hot-tier lifetime of conversations and TODO lists (default one hour). */
  readonly ttlSeconds?: number;
  /** Compress after `append` returns instead of before (await `whenIdle()` to wait). Default false. */
  readonly compressInBackground?: boolean;
}

export interface AppendOptions {
  /** Used when the append creates the conversation. */
  readonly userId?: string;
  readonly project?: string;
  readonly metadata?: Record<string, unknown>;
}

export interface GetContextOptions {
  /** Most tokens for the summary plus messages (default: no limit beyond the recent-message window). */
  readonly tokenBudget?: number;
  /** Passed to `countTokens`, so the count can follow the target model's tokenizer. */
  readonly model?: string;
}

export interface HandoffOptions extends GetContextOptions {
  readonly reason?: string;
  readonly fromModel?: string;
  readonly toModel?: string;
}

export interface ContextManager {
  createConversation(input?: Partial<NewConversation>): Promise<Conversation>;
  getConversation(conversationId: string): Promise<Conversation | undefined>;
  /** Stores messages in order (creating the conversation if needed) and returns them with their sequences. */
  append(conversationId: string, messages: ConversationMessage | readonly ConversationMessage[], options?: AppendOptions): Promise<StoredMessage[]>;
  /** The latest summary and the most recent messages that fit the budget; hot tier first, database on a miss. */
  getContext(conversationId: string, options?: GetContextOptions): Promise<ConversationContext>;
  /** Compresses now if there is anything to fold (needs a summariser). */
  compress(conversationId: string): Promise<ConversationSummary | undefined>;
  listSummaries(conversationId: string): Promise<ConversationSummary[]>;
  createHandoffPackage(conversationId: string, options?: HandoffOptions): Promise<HandoffPackage>;
  createTodoList(input: CreateTodoListInput): Promise<TodoList>;
  getTodoList(todoListId: string): Promise<TodoList | undefined>;
  listTodoLists(conversationId: string): Promise<TodoList[]>;
  updateTodoList(todoListId: string, input: UpdateTodoListInput): Promise<TodoList>;
  /** Resolves when background compressions have finished. */
  whenIdle(): Promise<void>;
}

/** Conversations over the two tiers: the database is the truth, the hot tier a read-through cache of the recent part. */
export function createContextManager(options: ContextManagerOptions): ContextManager {
  const logger = options.logger ?? silentLogger;
  const recentMessageLimit = options.recentMessageLimit ?? 50;
  const compressAfterMessages = options.compressAfterMessages ?? 50;
  const compressAfterTokens = options.compressAfterTokens ?? 16_000;
  const keepRecentMessages = options.keepRecentMessages ?? 20;
  const ttlSeconds = options.ttlSeconds ?? 3_600;
  const countTokens = options.countTokens ?? estimateMessageTokens;
  if (keepRecentMessages >= compressAfterMessages || keepRecentMessages > recentMessageLimit) {
    throw new ContextStoreError('INVALID_ARGUMENT', 'keepRecentMessages must be below compressAfterMessages and at most recentMessageLimit');
  }

  const repository = createConversationRepository(options.database.db);
  const hotCache = createConversationHotCache({ hotTier: options.hotTier, logger, maxMessages: recentMessageLimit, ttlSeconds });
  const todoLists = createTodoListStore({ db: options.database.db, hotTier: options.hotTier, logger, ttlSeconds });
  const appendQueue = new KeyedSerialQueue();
  const compressing = new Map<string, Promise<ConversationSummary | undefined>>();
  const background = new Set<Promise<unknown>>();

  const compress = (conversationId: string): Promise<ConversationSummary | undefined> => {
    const summariser = options.summariser;
    if (summariser === undefined) return Promise.resolve(undefined);
    // One compression per conversation at a time in this process; the unique version guards across replicas.
    const running = compressing.get(conversationId);
    if (running !== undefined) return running;
    const job = compressConversation(conversationId, { repository, hotCache, summariser }, { keepRecentMessages }).finally(() =>
      compressing.delete(conversationId),
    );
    compressing.set(conversationId, job);
    return job;
  };

  const compressQuietly = async (conversationId: string): Promise<void> => {
    try {
      await compress(conversationId);
    } catch (error) {
      // A failed summary must not fail the append; the next append tries again.
      logger.warn('compression failed', { conversationId, error: describeError(error) });
    }
  };

  const loadView = async (conversationId: string): Promise<{ view: CachedConversation; source: ConversationContext['source'] }> => {
    const cached = await hotCache.read(conversationId);
    if (cached !== undefined) return { view: cached, source: 'hot-tier' };
    const summary = await repository.latestSummary(conversationId);
    const messages = await repository.loadRecentMessages(conversationId, summary?.coveredThroughSequence ?? 0, recentMessageLimit);
    const view = { summary, messages };
    await hotCache.fill(conversationId, view);
    return { view, source: 'database' };
  };

  const buildContext = async (conversationId: string, contextOptions: GetContextOptions): Promise<ConversationContext> => {
    const { view, source } = await loadView(conversationId);
    const summary = view.summary;
    const afterSummary = view.messages.filter((message) => message.sequence > (summary?.coveredThroughSequence ?? 0));
    const summaryTokens = summary === undefined ? 0 : countTokens(summaryMessage(summary.summary), contextOptions.model);
    const budget = (contextOptions.tokenBudget ?? Number.POSITIVE_INFINITY) - summaryTokens;
    const tokensOf =
      contextOptions.model === undefined && options.countTokens === undefined
        ? (message: StoredMessage) => message.tokenCount
        : (message: StoredMessage) => countTokens(message.message, contextOptions.model);
    const selected = selectRecentMessages(afterSummary, Math.max(budget, 0), tokensOf);
    return {
      conversationId,
      summary,
      messages: selected.messages,
      omittedMessageCount: selected.omittedMessageCount,
      tokenCount: summaryTokens + selected.tokenCount,
      chatMessages: [...(summary === undefined ? [] : [summaryMessage(summary.summary)]), ...selected.messages.map((message) => message.message)],
      source,
    };
  };

  return {
    createConversation: (input = {}) =>
      repository.createConversation({
        id: input.id ?? randomUUID(),
        userId: input.userId,
        project: input.project,
        metadata: input.metadata,
      }),

    getConversation: (conversationId) => repository.getConversation(conversationId),

    append: async (conversationId, input, appendOptions = {}) => {
      const list: readonly ConversationMessage[] = Array.isArray(input) ? input : [input as ConversationMessage];
      if (list.length === 0) return [];
      const result = await appendQueue.run(conversationId, async () => {
        const appended = await repository.appendMessages(
          { id: conversationId, userId: appendOptions.userId, project: appendOptions.project, metadata: appendOptions.metadata },
          list.map((message) => ({ message, tokenCount: countTokens(message) })),
        );
        await hotCache.append(conversationId, appended.stored);
        return appended;
      });
      const needsCompression =
        options.summariser !== undefined &&
        (result.messageCount - result.summarisedThroughSequence > compressAfterMessages || result.unsummarisedTokenCount > compressAfterTokens);
      if (needsCompression) {
        if (options.compressInBackground) {
          const job = compressQuietly(conversationId);
          background.add(job);
          void job.finally(() => background.delete(job));
        } else {
          await compressQuietly(conversationId);
        }
      }
      return result.stored;
    },

    getContext: (conversationId, contextOptions = {}) => buildContext(conversationId, contextOptions),

    compress,

    listSummaries: (conversationId) => repository.listSummaries(conversationId),

    createHandoffPackage: async (conversationId, handoffOptions = {}) => {
      const lists = await todoLists.listTodoLists(conversationId);
      const openTodoItems = lists.flatMap((list) =>
        list.items.filter((item) => !item.done).map((item) => ({ ...item, listId: list.id, listTitle: list.title })),
      );
      const briefing = [
        handoffOptions.reason === undefined ? undefined : `Handed over because: ${handoffOptions.reason}`,
        openTodoItems.length === 0 ? undefined : `Open TODO items:\n${openTodoItems.map((item) => `- [${item.listTitle}] ${item.text}`).join('\n')}`,
      ].filter((part) => part !== undefined);
      const briefingMessage: ConversationMessage | undefined =
        briefing.length === 0 ? undefined : { role: 'system', content: briefing.join('\n\n') };
      const briefingTokens = briefingMessage === undefined ? 0 : countTokens(briefingMessage, handoffOptions.model);
      const context = await buildContext(conversationId, {
        ...(handoffOptions.model === undefined ? {} : { model: handoffOptions.model }),
        ...(handoffOptions.tokenBudget === undefined ? {} : { tokenBudget: Math.max(handoffOptions.tokenBudget - briefingTokens, 0) }),
      });
      return {
        conversationId,
        createdAt: new Date(),
        reason: handoffOptions.reason,
        fromModel: handoffOptions.fromModel,
        toModel: handoffOptions.toModel,
        summary: context.summary,
        recentMessages: context.messages,
        openTodoItems,
        chatMessages: [...(briefingMessage === undefined ? [] : [briefingMessage]), ...context.chatMessages],
        tokenCount: briefingTokens + context.tokenCount,
      };
    },

    createTodoList: (input) => todoLists.createTodoList(input),
    getTodoList: (todoListId) => todoLists.getTodoList(todoListId),
    listTodoLists: (conversationId) => todoLists.listTodoLists(conversationId),
    updateTodoList: (todoListId, input) => todoLists.updateTodoList(todoListId, input),

    whenIdle: async () => {
      while (background.size > 0) await Promise.all([...background]);
    },
  };
}
