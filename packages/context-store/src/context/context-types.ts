import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';

/** A chat message in the OpenAI Chat Completions shape, stored as given. */
export type ConversationMessage = ChatCompletionMessageParam;

export interface Conversation {
  readonly id: string;
  readonly userId: string | null;
  readonly project: string | null;
  readonly metadata: Record<string, unknown>;
  readonly messageCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface StoredMessage {
  /** 1, 2, 3 … within the conversation, in append order. */
  readonly sequence: number;
  readonly message: ConversationMessage;
  readonly tokenCount: number;
  readonly createdAt: Date;
}

export interface ConversationSummary {
  readonly version: number;
  readonly summary: string;
  /** Messages up to and including this sequence are represented by the summary. */
  readonly coveredThroughSequence: number;
  readonly tokenCount: number;
  readonly createdAt: Date;
}

export interface ConversationContext {
  readonly conversationId: string;
  readonly summary: ConversationSummary | undefined;
  /** The most recent messages after the summary that fit the budget, oldest first. */
  readonly messages: readonly StoredMessage[];
  /** Messages after the summary left out because they did not fit. */
  readonly omittedMessageCount: number;
  /** Estimated tokens of the summary message plus the messages. */
  readonly tokenCount: number;
  /** Ready to send: the summary as a system message, then the messages. */
  readonly chatMessages: ConversationMessage[];
  /** Where the context was read from. */
  readonly source: 'hot-tier' | 'database';
}

export interface SummariserInput {
  readonly conversationId: string;
  readonly previousSummary: string | undefined;
  /** The messages to fold into the summary, oldest first. */
  readonly messages: readonly StoredMessage[];
}

/** Produces a new summary; in the apps, a call to the cheapest capable model. */
export type Summariser = (input: SummariserInput) => Promise<string>;

/** Estimates the tokens of a message (the model lets a caller use its own tokenizer). */
export type TokenCounter = (message: ConversationMessage, model?: string) => number;

export interface TodoItem {
  readonly id: string;
  readonly text: string;
  readonly done: boolean;
}

export interface TodoList {
  readonly id: string;
  readonly conversationId: string | null;
  readonly userId: string | null;
  readonly title: string;
  readonly items: readonly TodoItem[];
  /** Increases with every update; pass it back as `expectedVersion` to update only what you read. */
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What an escalation hands to the stronger model: enough to continue without the full history. */
export interface HandoffPackage {
  readonly conversationId: string;
  readonly createdAt: Date;
  readonly reason: string | undefined;
  readonly fromModel: string | undefined;
  readonly toModel: string | undefined;
  readonly summary: ConversationSummary | undefined;
  readonly recentMessages: readonly StoredMessage[];
  readonly openTodoItems: readonly (TodoItem & { readonly listId: string; readonly listTitle: string })[];
  /** Ready to send: a system message with the summary and open TODO items, then the recent messages. */
  readonly chatMessages: ConversationMessage[];
  readonly tokenCount: number;
}
