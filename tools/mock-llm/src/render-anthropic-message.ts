import type { AnswerUsage, ChatAnswer, FinishReason } from './chat-answer.js';
import type { ResponseContext } from './response-context.js';

const stopReasons: Readonly<Record<FinishReason, string>> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  content_filter: 'refusal',
};

export function anthropicStopReason(answer: ChatAnswer): string {
  return answer.finishReason === 'stop' && answer.stopSequence !== null ? 'stop_sequence' : stopReasons[answer.finishReason];
}

/** Anthropic usage: input_tokens excludes the cache reads and writes. */
export function renderAnthropicUsage(usage: AnswerUsage, outputTokens = usage.outputTokens) {
  return {
    input_tokens: usage.inputTokens,
    output_tokens: outputTokens,
    cache_creation_input_tokens: usage.cacheWriteTokens,
    cache_read_input_tokens: usage.cachedTokens,
  };
}

/** The content blocks of the answer: the text (if any) then the tool_use block (if any). */
export function renderAnthropicContent(answer: ChatAnswer, context: ResponseContext): Record<string, unknown>[] {
  const content: Record<string, unknown>[] = [];
  if (answer.text !== null) content.push({ type: 'text', text: answer.text });
  if (answer.toolCall !== undefined) {
    content.push({ type: 'tool_use', id: context.toolCallId, name: answer.toolCall.name, input: answer.toolCall.input });
  }
  return content;
}

/** A `message` object. */
export function renderAnthropicMessage(answer: ChatAnswer, context: ResponseContext) {
  return {
    id: context.id,
    type: 'message',
    role: 'assistant',
    model: context.model,
    content: renderAnthropicContent(answer, context),
    stop_reason: anthropicStopReason(answer),
    stop_sequence: answer.stopSequence,
    usage: renderAnthropicUsage(answer.usage),
  };
}
