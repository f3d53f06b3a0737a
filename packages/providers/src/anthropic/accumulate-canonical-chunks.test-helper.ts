import type { ChatCompletionMessageFunctionToolCall } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import type { CanonicalChunk } from '../canonical-types.js';
import { readStopSequence, type CanonicalChunkChoice } from './canonical-extensions.js';

export interface AccumulatedAnswer {
  ids: string[];
  content: string;
  reasoning: string | undefined;
  toolCalls: ChatCompletionMessageFunctionToolCall[];
  finishReason: CanonicalChunkChoice['finish_reason'];
  stopSequence: string | undefined;
  usage: CompletionUsage | undefined;
}

/** What a client reading the chunks ends up with, the way the OpenAI SDK's stream helpers build it. */
export function accumulateCanonicalChunks(chunks: readonly CanonicalChunk[]): AccumulatedAnswer {
  const answer: AccumulatedAnswer = {
    ids: [...new Set(chunks.map((chunk) => chunk.id))],
    content: '',
    reasoning: undefined,
    toolCalls: [],
    finishReason: null,
    stopSequence: undefined,
    usage: undefined,
  };
  for (const chunk of chunks) {
    if (chunk.usage !== undefined && chunk.usage !== null) answer.usage = chunk.usage;
    const choice = chunk.choices[0] as CanonicalChunkChoice | undefined;
    if (choice === undefined) continue;
    const delta = choice.delta;
    if (typeof delta.content === 'string') answer.content += delta.content;
    if (typeof delta.reasoning_content === 'string') answer.reasoning = (answer.reasoning ?? '') + delta.reasoning_content;
    for (const fragment of delta.tool_calls ?? []) {
      const existing = answer.toolCalls[fragment.index];
      if (existing === undefined) {
        answer.toolCalls[fragment.index] = {
          id: fragment.id ?? '',
          type: 'function',
          function: { name: fragment.function?.name ?? '', arguments: fragment.function?.arguments ?? '' },
        };
      } else {
        existing.function.arguments += fragment.function?.arguments ?? '';
      }
    }
    if (choice.finish_reason !== null) {
      answer.finishReason = choice.finish_reason;
      answer.stopSequence = readStopSequence(choice);
    }
  }
  return answer;
}
