export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter';

/** The answer to a chat request, before it is written in either wire format. */
export interface ChatAnswer {
  /** null for a pure tool call. */
  text: string | null;
  toolCall: ToolCall | undefined;
  finishReason: FinishReason;
  /** The stop sequence that ended the text, if one did. */
  stopSequence: string | null;
  usage: AnswerUsage;
}

export interface ToolCall {
  name: string;
  /** The arguments as JSON text. */
  arguments: string;
  input: unknown;
}

export interface AnswerUsage {
  /** Input tokens outside any cache. */
  inputTokens: number;
  /** Visible output tokens, reasoning excluded. */
  outputTokens: number;
  cachedTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
}
