import type { ContentBlock, Message, ToolUseBlock } from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalResponse } from '../canonical-types.js';
import { readStopSequence, type CanonicalResponseChoice } from './canonical-extensions.js';
import { convertToAnthropicUsage } from './convert-to-anthropic-usage.js';
import { mapFinishReasonToAnthropic } from './map-finish-reason-to-anthropic.js';
import { parseToolCallArguments } from './parse-tool-call-arguments.js';
import { toAnthropicMessageId } from './to-anthropic-message-id.js';

export interface ConvertToAnthropicResponseOptions {
  /** The model name the caller sees. */
  model: string;
}

/**
 * A Chat Completion as the Message gw's Anthropic-compatible endpoint answers with: `reasoning_content`
 * becomes a thinking block (its signature unknown, so empty), then the text, then one tool_use block per
 * tool call. Tool arguments an upstream produced that are not JSON make this a 502, worth a retry.
 */
export function convertToAnthropicResponse(response: CanonicalResponse, options: ConvertToAnthropicResponseOptions): Message {
  const choice = response.choices[0] as CanonicalResponseChoice | undefined;
  const message = choice?.message;
  const content: ContentBlock[] = [];
  if (typeof message?.reasoning_content === 'string' && message.reasoning_content !== '') {
    content.push({ type: 'thinking', thinking: message.reasoning_content, signature: '' });
  }
  // A refusal is what the model said; Anthropic reports it as text with stop_reason refusal.
  const refusal = message?.refusal ?? '';
  const text = message?.content || refusal;
  if (text !== '') content.push({ type: 'text', text, citations: null });
  for (const [callIndex, toolCall] of (message?.tool_calls ?? []).entries()) {
    if (toolCall.type !== 'function') continue;
    const toolUse: ToolUseBlock = {
      type: 'tool_use',
      id: toolCall.id,
      name: toolCall.function.name,
      input: parseToolCallArguments(toolCall.function.arguments, `choices[0].message.tool_calls[${callIndex}] (${toolCall.id}, ${toolCall.function.name})`, {
        code: 'invalid_upstream_response',
        status: 502,
        retryable: true,
      }),
      caller: { type: 'direct' },
    };
    content.push(toolUse);
  }

  const stopSequence = choice === undefined ? undefined : readStopSequence(choice);
  const stopReason = refusal !== '' ? 'refusal' : mapFinishReasonToAnthropic(choice?.finish_reason ?? 'stop', { stopSequence });
  return {
    id: toAnthropicMessageId(response.id),
    type: 'message',
    role: 'assistant',
    model: options.model,
    content,
    stop_reason: stopReason,
    stop_sequence: stopReason === 'stop_sequence' ? (stopSequence ?? null) : null,
    stop_details: stopReason === 'refusal' ? { type: 'refusal', category: null, explanation: null } : null,
    container: null,
    usage: convertToAnthropicUsage(response.usage),
  };
}
