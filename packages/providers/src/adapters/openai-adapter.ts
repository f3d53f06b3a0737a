import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CanonicalChunk } from '../canonical-types.js';
import { convertOpenAiUsage } from '../catalog/convert-openai-usage.js';
import { readErrorResponse } from '../http/read-error-response.js';
import { sendUpstreamRequest } from '../http/upstream-request.js';
import { buildOpenAiRequest } from './build-openai-request.js';
import type { AdapterCall, AdapterResult, ProviderAdapter, StreamOutcome } from './provider-adapter.js';
import { createStreamInterrupter, invalidResponseError, readJsonBody, readUpstreamEvents } from './read-upstream-body.js';
import { StreamAccumulator } from './stream-accumulator.js';

function secretsOf(call: AdapterCall): string[] {
  return call.provider.apiKey ? [call.provider.apiKey] : [];
}

async function openExchange(call: AdapterCall, stream: boolean) {
  const { url, headers, body } = buildOpenAiRequest(call, stream);
  const exchange = await sendUpstreamRequest({
    provider: call.provider.config.id,
    dispatcher: call.provider.dispatcher,
    url,
    headers,
    body,
    signal: call.signal,
    timeoutMs: call.timeoutMs,
    firstByteTimeoutMs: call.firstByteTimeoutMs,
    idleTimeoutMs: call.idleTimeoutMs,
    secrets: secretsOf(call),
  });
  if (exchange.status >= 400) throw await readErrorResponse(exchange, call.provider.config.id, secretsOf(call));
  return exchange;
}

async function chat(call: AdapterCall): Promise<AdapterResult> {
  const provider = call.provider.config.id;
  const exchange = await openExchange(call, false);
  const response = await readJsonBody<ChatCompletion>(exchange, provider);
  if (!Array.isArray(response?.choices)) throw invalidResponseError(provider, 'no choices array');
  return { response, tokens: convertOpenAiUsage(response.usage), rawUsage: response.usage, warnings: [] };
}

interface StreamErrorEvent {
  error?: { message?: string; type?: string; code?: string | null };
}

async function* stream(call: AdapterCall): AsyncGenerator<CanonicalChunk, StreamOutcome, undefined> {
  const provider = call.provider.config.id;
  const clientWantsUsage = call.request.stream_options?.include_usage === true;
  const exchange = await openExchange(call, true);
  const accumulator = new StreamAccumulator();
  const interrupted = createStreamInterrupter(provider, accumulator);
  let usage: ChatCompletionChunk['usage'] | undefined;
  let done = false;
  for await (const event of readUpstreamEvents(exchange, interrupted)) {
    if (done) continue;
    if (event.data === '[DONE]') {
      done = true;
      continue;
    }
    let chunk: ChatCompletionChunk & StreamErrorEvent;
    try {
      chunk = JSON.parse(event.data) as ChatCompletionChunk & StreamErrorEvent;
    } catch (error) {
      throw interrupted('malformed', 'carried an event that is not JSON', { cause: error });
    }
    if (chunk.error) {
      const code = chunk.error.code ?? chunk.error.type ?? undefined;
      throw interrupted('error_event', `reported an error${code ? ` (${code})` : ''}: ${chunk.error.message ?? 'no message'}`, {
        providerCode: code,
      });
    }
    if (!Array.isArray(chunk.choices)) throw interrupted('malformed', 'carried a chunk without choices');
    if (chunk.usage) usage = chunk.usage;
    if (!clientWantsUsage) {
      if (chunk.choices.length === 0) continue;
      delete chunk.usage;
    }
    accumulator.add(chunk);
    yield chunk;
  }
  if (!done) throw interrupted('cut', 'ended without its [DONE] terminator');
  return { tokens: convertOpenAiUsage(usage), rawUsage: usage, warnings: [], finishReason: accumulator.finishReason };
}

/** Adapter for every OpenAI-format upstream. Requests and responses are already canonical: no translation. */
export const openAiAdapter: ProviderAdapter = { chat, stream };
