export { loadContextStoreConfig } from './config/load-context-store-config.js';
export type { EnvironmentVariables } from './config/load-context-store-config.js';
export type { ContextStoreConfig, DatabaseConfig, HotTierConfig } from './config/context-store-config.js';
export { redactConnectionStrings } from './config/redact-connection-string.js';

export { ContextStoreError } from './errors/context-store-error.js';
export type { ContextStoreErrorCode, ContextStoreErrorOptions } from './errors/context-store-error.js';
export { silentLogger } from './logger/context-store-logger.js';
export type { ContextStoreLogger } from './logger/context-store-logger.js';

export { contextStoreSchema } from './schema/schema.js';
export type { ContextStoreSchema } from './schema/schema.js';
export { conversations } from './schema/conversations.js';
export { messages } from './schema/messages.js';
export { contextSummaries } from './schema/context-summaries.js';
export { llmCalls } from './schema/llm-calls.js';
export { todoLists } from './schema/todo-lists.js';

export { createDatabase } from './database/create-database.js';
export type { CreateDatabaseOptions } from './database/create-database.js';
export type { ContextStoreDatabase, ContextStoreDrizzle } from './database/context-store-database.js';
export { migrationsFolder } from './database/migrations-folder.js';

export { createHotTier } from './hot-tier/create-hot-tier.js';
export type { CreateHotTierOptions } from './hot-tier/create-hot-tier.js';
export { createRedisHotTier } from './hot-tier/create-redis-hot-tier.js';
export type { RedisHotTierOptions } from './hot-tier/create-redis-hot-tier.js';
export { createMemoryHotTier } from './hot-tier/create-memory-hot-tier.js';
export type { MemoryHotTierOptions } from './hot-tier/create-memory-hot-tier.js';
export type { HotTier, HotTierWrite, SequencedEntry, SequencedList } from './hot-tier/hot-tier.js';

export { createContextManager } from './context/create-context-manager.js';
export type {
  AppendOptions,
  ContextManager,
  ContextManagerOptions,
  GetContextOptions,
  HandoffOptions,
} from './context/create-context-manager.js';
export type {
  Conversation,
  ConversationContext,
  ConversationMessage,
  ConversationSummary,
  HandoffPackage,
  StoredMessage,
  Summariser,
  SummariserInput,
  TodoItem,
  TodoList,
  TokenCounter,
} from './context/context-types.js';
export type { CreateTodoListInput, TodoItemInput, UpdateTodoListInput } from './context/todo-list-store.js';
export { estimateMessageTokens, estimateTextTokens } from './context/estimate-message-tokens.js';

export { createCallLogWriter } from './call-log/create-call-log-writer.js';
export type { CallLogWriter, CallLogWriterOptions, CallLogWriterStats } from './call-log/create-call-log-writer.js';
export type { CallLogRecord, CallLogRow, CallStatus } from './call-log/call-log-record.js';
export type { CallLogSpool } from './call-log/call-log-spool.js';
export { createFileCallLogSpool } from './call-log/create-file-call-log-spool.js';
export { createHotTierCallLogSpool } from './call-log/create-hot-tier-call-log-spool.js';

export { createResponseCache } from './response-cache/create-response-cache.js';
export type {
  ResponseCache,
  ResponseCacheOptions,
  ResponseCacheRequestOptions,
  StoreResponseOptions,
} from './response-cache/create-response-cache.js';
export { normaliseChatRequest } from './response-cache/normalise-chat-request.js';

export { createUsageQueries } from './usage/create-usage-queries.js';
export type { UsageDimension, UsageQueries, UsageQuery, UsageRow } from './usage/create-usage-queries.js';
