import { contextSummaries } from './context-summaries.js';
import { conversations } from './conversations.js';
import { llmCalls } from './llm-calls.js';
import { messages } from './messages.js';
import { todoLists } from './todo-lists.js';

/** Every table, for drizzle-kit and for the typed database handle. */
export const contextStoreSchema = { conversations, messages, contextSummaries, llmCalls, todoLists };

export type ContextStoreSchema = typeof contextStoreSchema;
