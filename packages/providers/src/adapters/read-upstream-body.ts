import { ProviderError } from '../errors/provider-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import { StreamInterruptedError, type StreamInterruption } from '../errors/stream-interrupted-error.js';
import { GatewayError } from '../gateway-error.js';
import type { UpstreamExchange } from '../http/upstream-request.js';
import { SseParser, type ServerSentEvent } from '../sse/sse-parser.js';
import type { StreamAccumulator } from './stream-accumulator.js';

export function invalidResponseError(provider: string, detail: string): ProviderError {
  return new ProviderError(`${provider} upstream sent an invalid response: ${detail}`, {
    provider,
    status: 502,
    providerCode: 'invalid_response',
    retryable: true,
  });
}

/** Reads a whole JSON response body; transport failures become typed errors, unparsable bodies a 502. */
export async function readJsonBody<T>(exchange: UpstreamExchange, provider: string): Promise<T> {
  let text: string;
  try {
    text = await exchange.body.text();
  } catch (error) {
    throw exchange.mapError(error);
  } finally {
    exchange.finish();
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw invalidResponseError(provider, 'the body is not JSON');
  }
}

export type StreamInterrupter = (reason: StreamInterruption, message: string, extra?: { providerCode?: string; cause?: unknown }) => StreamInterruptedError;

/** Builds stream errors that carry whatever the accumulator holds at the moment of failure. */
export function createStreamInterrupter(provider: string, accumulator: StreamAccumulator): StreamInterrupter {
  return (reason, message, extra = {}) =>
    new StreamInterruptedError(`${provider} stream ${message}`, { provider, reason, partial: accumulator.partial(), ...extra });
}

/**
 * Yields the server-sent events of an upstream body as they arrive. A transport failure mid-stream becomes a
 * `cut` interruption (an abort stays an abort); leaving the loop early, or failing in it, closes the upstream socket.
 */
export async function* readUpstreamEvents(exchange: UpstreamExchange, interrupt: StreamInterrupter): AsyncGenerator<ServerSentEvent, void, undefined> {
  const parser = new SseParser();
  try {
    for await (const bytes of exchange.body) yield* parser.push(bytes);
    parser.end();
  } catch (error) {
    if (GatewayError.isInstance(error)) throw error;
    const mapped = exchange.mapError(error);
    if (mapped instanceof RequestAbortedError) throw mapped;
    throw interrupt('cut', `broke off: ${mapped.message}`, { cause: mapped });
  } finally {
    exchange.body.destroy();
    exchange.finish();
  }
}
