import type { CanonicalRequest, RequestDefaults } from '@gw/providers';
import type { ChatCompletionInput } from './chat-completion-input-schema.js';

/** The canonical (OpenAI-format) request for a chat_completion call, with the operator's defaults filled in. */
export function buildCanonicalRequest(input: ChatCompletionInput, model: string | undefined, defaults: RequestDefaults = {}): CanonicalRequest {
  const { model: _requestedModel, stream: _stream, ...parameters } = input;
  const request = { ...parameters, messages: input.messages } as CanonicalRequest;
  if (model !== undefined) request.model = model;
  if (request.temperature === undefined && defaults.temperature !== undefined) request.temperature = defaults.temperature;
  if (request.max_tokens === undefined && defaults.maxTokens !== undefined) request.max_tokens = defaults.maxTokens;
  return request;
}
