import type { StopReason } from '@anthropic-ai/sdk/resources/messages';
import type { ChatCompletion } from 'openai/resources/chat/completions';

export type CanonicalFinishReason = ChatCompletion.Choice['finish_reason'];

const finishReasonByStopReason: Record<StopReason, CanonicalFinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
  // The server paused a long-running turn (server tools); the answer so far is complete as far as the caller can tell.
  pause_turn: 'stop',
};

/** Anthropic's `stop_reason` as an OpenAI `finish_reason`. A missing reason (a cut stream) reads as `stop`. */
export function mapAnthropicStopReason(reason: StopReason | null | undefined): CanonicalFinishReason {
  if (reason === null || reason === undefined) return 'stop';
  return finishReasonByStopReason[reason] ?? 'stop';
}
