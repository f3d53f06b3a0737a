import type { Message } from '@anthropic-ai/sdk/resources/messages';
import type { ChatCompletionMessageFunctionToolCall } from 'openai/resources/chat/completions';
import type { CanonicalResponse } from '../canonical-types.js';
import type { AnthropicJsonMode } from './anthropic-json-mode.js';
import type { CanonicalResponseChoice, CanonicalResponseMessage } from './canonical-extensions.js';
import { convertAnthropicUsage } from './convert-anthropic-usage.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';

export interface ConvertFromAnthropicResponseOptions {
  /** The model name the caller sees. */
  model: string;
  /** From convertToAnthropicRequest: the forced tool whose input is the JSON answer. */
  jsonMode?: AnthropicJsonMode;
  /** Unix seconds; defaults to now. */
  created?: number;
}

/**
 * An Anthropic Message as a Chat Completion. Text blocks join into `content`, tool_use blocks become
 * `tool_calls`, thinking goes to the `reasoning_content` extension, and in JSON mode the forced tool's
 * input is the content. Redacted thinking and server-tool blocks have no canonical form and are left out.
 */
export function convertFromAnthropicResponse(message: Message, options: ConvertFromAnthropicResponseOptions): CanonicalResponse {
  let text = '';
  let reasoning: string | undefined;
  const toolCalls: ChatCompletionMessageFunctionToolCall[] = [];
  for (const block of message.content) {
    if (block.type === 'text') {
      text += block.text;
    } else if (block.type === 'thinking') {
      reasoning = (reasoning ?? '') + block.thinking;
    } else if (block.type === 'tool_use') {
      const input = JSON.stringify(block.input ?? {});
      if (options.jsonMode !== undefined && block.name === options.jsonMode.toolName) text += input;
      else toolCalls.push({ id: block.id, type: 'function', function: { name: block.name, arguments: input } });
    }
  }

  let finishReason = mapAnthropicStopReason(message.stop_reason);
  // In JSON mode the forced tool is the answer, not a call the client must run.
  if (finishReason === 'tool_calls' && toolCalls.length === 0) finishReason = 'stop';

  const responseMessage: CanonicalResponseMessage = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    refusal: null,
    ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
    ...(reasoning === undefined ? {} : { reasoning_content: reasoning }),
  };
  const choice: CanonicalResponseChoice = {
    index: 0,
    message: responseMessage,
    finish_reason: finishReason,
    logprobs: null,
    ...(message.stop_reason === 'stop_sequence' && message.stop_sequence !== null ? { stop_reason: message.stop_sequence } : {}),
  };
  return {
    id: `chatcmpl-${message.id}`,
    object: 'chat.completion',
    created: options.created ?? Math.floor(Date.now() / 1000),
    model: options.model,
    choices: [choice],
    usage: convertAnthropicUsage(message.usage).usage,
  };
}
