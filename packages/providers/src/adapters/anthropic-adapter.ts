import type { Message, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalChunk } from '../canonical-types.js';
import { convertAnthropicUsage, type AnthropicUsageCounts } from '../anthropic/convert-anthropic-usage.js';
import { convertFromAnthropicResponse } from '../anthropic/convert-from-anthropic-response.js';
import { convertToAnthropicRequest } from '../anthropic/convert-to-anthropic-request.js';
import { createAnthropicStreamTranslator } from '../anthropic/create-anthropic-stream-translator.js';
import { ProviderError } from '../errors/provider-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import { StreamInterruptedError } from '../errors/stream-interrupted-error.js';
import { GatewayError } from '../gateway-error.js';
import { readErrorResponse } from '../http/read-error-response.js';
import { sendUpstreamRequest } from '../http/upstream-request.js';
import { SseParser } from '../sse/sse-parser.js';
import type { AdapterCall, AdapterResult, ProviderAdapter, StreamOutcome } from './provider-adapter.js';
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
  let text: string;
  try {
    text = await exchange.body.text();
  } catch (error) {
    throw exchange.mapError(error);
  } finally {
    exchange.finish();
  }
  let message: Message;
  try {
    message = JSON.parse(text) as Message;
  } catch {
    throw new ProviderError(`${provider} upstream sent an invalid response: the body is not JSON`, {
      provider,
      status: 502,
      providerCode: 'invalid_response',
      retryable: true,
    });
  }
  if (!Array.isArray(message?.content)) {
    throw new ProviderError(`${provider} upstream sent an invalid response: no content array`, {
      provider,
      status: 502,
      providerCode: 'invalid_response',
      retryable: true,
    });
  }
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
  const parser = new SseParser();
  const accumulator = new StreamAccumulator();
  let rawUsage: AnthropicUsageCounts | undefined;
  const interrupted = (reason: 'cut' | 'malformed' | 'error_event', message: string, extra: { providerCode?: string; cause?: unknown } = {}) =>
    new StreamInterruptedError(`${provider} stream ${message}`, { provider, reason, partial: accumulator.partial(), ...extra });
  try {
    for await (const bytes of exchange.body) {
      for (const event of parser.push(bytes)) {
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
    }
    parser.end();
  } catch (error) {
    if (GatewayError.isInstance(error)) throw error;
    const mapped = exchange.mapError(error);
    if (mapped instanceof RequestAbortedError) throw mapped;
    throw interrupted('cut', `broke off: ${mapped.message}`, { cause: mapped });
  } finally {
    exchange.body.destroy();
    exchange.finish();
  }
  if (!translator.finished) throw interrupted('cut', 'ended without message_stop');
  return { tokens: convertAnthropicUsage(rawUsage).tokens, rawUsage, warnings: translated.warnings, finishReason: accumulator.finishReason };
}

/** Adapter for Anthropic's Messages API: canonical requests are translated on the way out and back. */
export const anthropicAdapter: ProviderAdapter = { chat, stream };
