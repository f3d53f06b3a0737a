import type { IncomingHttpHeaders } from 'node:http';
import { request, type Dispatcher } from 'undici';
import { GatewayError } from '../gateway-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import { UpstreamConnectionError } from '../errors/upstream-connection-error.js';
import { UpstreamTimeoutError } from '../errors/upstream-timeout-error.js';
import { redactSecrets } from './redact-secrets.js';

export interface UpstreamRequestOptions {
  provider: string;
  dispatcher: Dispatcher;
  url: string;
  headers: Record<string, string>;
  body: string;
  signal?: AbortSignal;
  timeoutMs: number;
  firstByteTimeoutMs: number;
  idleTimeoutMs: number;
  /** Values that must never appear in an error message (the provider's key). */
  secrets: readonly string[];
}

/** An open upstream response. `finish()` must be called once the body is consumed or abandoned. */
export interface UpstreamExchange {
  status: number;
  headers: IncomingHttpHeaders;
  body: Dispatcher.ResponseData['body'];
  /** Maps an error thrown while reading the body to a typed gateway error. */
  mapError(error: unknown): GatewayError;
  /** Stops the total-timeout timer and detaches from the caller's signal. */
  finish(): void;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * Sends one upstream HTTP request with three clocks: time to first byte (undici's headersTimeout), silence
 * between body chunks (bodyTimeout) and the whole exchange (our timer). The caller's abort signal and the
 * total timer share one controller, so either one tears down the upstream socket.
 */
export async function sendUpstreamRequest(options: UpstreamRequestOptions): Promise<UpstreamExchange> {
  const controller = new AbortController();
  let timedOut = false;
  const callerSignal = options.signal;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) throw new RequestAbortedError({ cause: callerSignal.reason });
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const finish = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  };
  const mapError = (error: unknown): GatewayError => {
    if (GatewayError.isInstance(error)) return error;
    if (callerSignal?.aborted) return new RequestAbortedError({ cause: error });
    if (timedOut) return new UpstreamTimeoutError({ provider: options.provider, phase: 'total', timeoutMs: options.timeoutMs, cause: error });
    const code = errorCode(error);
    if (code === 'UND_ERR_HEADERS_TIMEOUT') {
      return new UpstreamTimeoutError({ provider: options.provider, phase: 'first_byte', timeoutMs: options.firstByteTimeoutMs, cause: error });
    }
    if (code === 'UND_ERR_BODY_TIMEOUT') {
      return new UpstreamTimeoutError({ provider: options.provider, phase: 'idle', timeoutMs: options.idleTimeoutMs, cause: error });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new UpstreamConnectionError(
      redactSecrets(`${options.provider} upstream connection failed${code ? ` (${code})` : ''}: ${detail}`, options.secrets),
      { provider: options.provider, cause: error },
    );
  };
  try {
    const response = await request(options.url, {
      method: 'POST',
      dispatcher: options.dispatcher,
      headers: options.headers,
      body: options.body,
      signal: controller.signal,
      headersTimeout: options.firstByteTimeoutMs,
      bodyTimeout: options.idleTimeoutMs,
    });
    return { status: response.statusCode, headers: response.headers, body: response.body, mapError, finish };
  } catch (error) {
    finish();
    throw mapError(error);
  }
}
