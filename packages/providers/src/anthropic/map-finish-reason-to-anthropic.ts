import type { Message } from '@anthropic-ai/sdk/resources/messages';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

export type AnthropicStopReason = Message['stop_reason'];

/**
 * An OpenAI `finish_reason` as Anthropic's `stop_reason`. A `stop` that a known stop sequence caused is
 * `stop_sequence`, as Anthropic itself would report it.
 */
export function mapFinishReasonToAnthropic(
  reason: ChatCompletionChunk.Choice['finish_reason'] | undefined,
  options: { stopSequence?: string | null } = {},
): AnthropicStopReason {
  switch (reason) {
    case 'stop':
      return typeof options.stopSequence === 'string' ? 'stop_sequence' : 'end_turn';
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
    case 'function_call':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return null;
  }
}
