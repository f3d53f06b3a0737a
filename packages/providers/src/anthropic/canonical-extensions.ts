import type { ChatCompletion, ChatCompletionChunk, ChatCompletionMessage } from 'openai/resources/chat/completions';

/**
 * Fields that OpenAI-compatible servers add to the Chat Completions shapes and that the `openai` types lack.
 * They carry what Anthropic has and OpenAI does not, so nothing is lost between the formats.
 */

/** Thinking text, as DeepSeek, vLLM and OpenRouter's OpenAI-compatible APIs name it. */
export interface ReasoningContentExtension {
  reasoning_content?: string | null;
}

/** The stop sequence that ended the answer, as vLLM names it (a number there is a stop token id, which we ignore). */
export interface StopSequenceExtension {
  stop_reason?: string | number | null;
}

export type CanonicalResponseMessage = ChatCompletionMessage & ReasoningContentExtension;
export type CanonicalResponseChoice = Omit<ChatCompletion.Choice, 'message'> & { message: CanonicalResponseMessage } & StopSequenceExtension;
export type CanonicalChunkDelta = ChatCompletionChunk.Choice.Delta & ReasoningContentExtension;
export type CanonicalChunkChoice = Omit<ChatCompletionChunk.Choice, 'delta'> & { delta: CanonicalChunkDelta } & StopSequenceExtension;

/** The stop sequence a choice names, if it names one as text. */
export function readStopSequence(choice: StopSequenceExtension): string | undefined {
  return typeof choice.stop_reason === 'string' ? choice.stop_reason : undefined;
}
