import type { Message, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalChunk } from '../canonical-types.js';
import { convertAnthropicUsage, type AnthropicUsageCounts } from '../anthropic/convert-anthropic-usage.js';
import { convertFromAnthropicResponse } from '../anthropic/convert-from-anthropic-response.js';
import { convertToAnthropicRequest } from '../anthropic/convert-to-anthropic-request.js';
import { createAnthropicStreamTranslator } from '../anthropic/create-anthropic-stream-translator.js';
import { readErrorResponse } from '../http/read-error-response.js';
import { sendUpstreamRequest } from '../http/upstream-request.js';
import type { AdapterCall, AdapterResult, ProviderAdapter, StreamOutcome } from './provider-adapter.js';
import { createStreamInterrupter, invalidResponseError, readJsonBody, readUpstreamEvents } from './read-upstream-body.js';
import { StreamAccumulator } from './stream-accumulator.js';

const defaultAnthropicVersion = '2023-06-01';

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

function secretsOf(call: AdapterCall): string[] {
  return call.provider.apiKey ? [call.provider.apiKey] : [];
}

async function openExchange(call: AdapterCall, stream: boolean) {
  const config = call.provider.config;
  const translated = convertToAnthropicRequest(call.request, {
    upstreamModel: call.model.upstreamModel,
    maxOutputTokens: call.model.maxOutputTokens,
    stream,
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: stream ? 'text/event-stream' : 'application/json',
    'anthropic-version': config.anthropicVersion ?? defaultAnthropicVersion,
    'user-agent': 'gw/0.1',
  };
  if (call.provider.apiKey) headers['x-api-key'] = call.provider.apiKey;
  if (config.headers) Object.assign(headers, config.headers);
  if (call.headers) Object.assign(headers, call.headers);
  const exchange = await sendUpstreamRequest({
    provider: config.id,
    dispatcher: call.provider.dispatcher,
    url: `${trimSlash(config.baseURL)}/v1/messages`,
    headers,
    body: JSON.stringify(translated.body),
    signal: call.signal,
    timeoutMs: call.timeoutMs,
    firstByteTimeoutMs: call.firstByteTimeoutMs,
    idleTimeoutMs: call.idleTimeoutMs,
    secrets: secretsOf(call),
  });
  if (exchange.status >= 400) throw await readErrorResponse(exchange, config.id, secretsOf(call));
  return { exchange, translated };
}

async function chat(call: AdapterCall): Promise<AdapterResult> {
  const provider = call.provider.config.id;
  const { exchange, translated } = await openExchange(call, false);
  const message = await readJsonBody<Message>(exchange, provider);
  if (!Array.isArray(message?.content)) throw invalidResponseError(provider, 'no content array');
  const response = convertFromAnthropicResponse(message, { model: message.model ?? call.model.upstreamModel, jsonMode: translated.jsonMode });
  return { response, tokens: convertAnthropicUsage(message.usage).tokens, rawUsage: message.usage, warnings: translated.warnings };
}

interface AnthropicErrorEvent {
  type: 'error';
  error?: { type?: string; message?: string };
}

async function* stream(call: AdapterCall): AsyncGenerator<CanonicalChunk, StreamOutcome, undefined> {
  const provider = call.provider.config.id;
  const { exchange, translated } = await openExchange(call, true);
  const translator = createAnthropicStreamTranslator({
    model: call.model.upstreamModel,
    jsonMode: translated.jsonMode,
    includeUsage: call.request.stream_options?.include_usage === true,
  });
  const accumulator = new StreamAccumulator();
  const interrupted = createStreamInterrupter(provider, accumulator);
  let rawUsage: AnthropicUsageCounts | undefined;
  for await (const event of readUpstreamEvents(exchange, interrupted)) {
    if (translator.finished) continue;
    let parsed: RawMessageStreamEvent | AnthropicErrorEvent;
    try {
      parsed = JSON.parse(event.data) as RawMessageStreamEvent | AnthropicErrorEvent;
    } catch (error) {
      throw interrupted('malformed', 'carried an event that is not JSON', { cause: error });
    }
    if (parsed.type === 'error' || event.event === 'error') {
      const detail = (parsed as AnthropicErrorEvent).error;
      throw interrupted('error_event', `reported an error${detail?.type ? ` (${detail.type})` : ''}: ${detail?.message ?? 'no message'}`, {
        providerCode: detail?.type,
      });
    }
    const streamEvent = parsed as RawMessageStreamEvent;
    if (streamEvent.type === 'message_start') rawUsage = { ...streamEvent.message.usage };
    else if (streamEvent.type === 'message_delta') rawUsage = { ...rawUsage, ...streamEvent.usage };
    for (const chunk of translator.push(streamEvent)) {
      accumulator.add(chunk);
      yield chunk;
    }
  }
  if (!translator.finished) throw interrupted('cut', 'ended without message_stop');
  return { tokens: convertAnthropicUsage(rawUsage).tokens, rawUsage, warnings: translated.warnings, finishReason: accumulator.finishReason };
}

/** Adapter for Anthropic's Messages API: canonical requests are translated on the way out and back. */
export const anthropicAdapter: ProviderAdapter = { chat, stream };
