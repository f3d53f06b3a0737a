import { ProviderError } from '../errors/provider-error.js';
import { isRetryableStatus } from '../errors/is-retryable-status.js';
import { parseRetryAfterMs } from './parse-retry-after.js';
import { redactSecrets } from './redact-secrets.js';
import type { UpstreamExchange } from './upstream-request.js';

const maximumErrorBodyBytes = 64 * 1024;

interface ErrorBodyShape {
  error?: { message?: unknown; type?: unknown; code?: unknown } | string;
  message?: unknown;
}

/** Reads an upstream error body in OpenAI's or Anthropic's shape (or plain text) into a ProviderError. */
export async function readErrorResponse(exchange: UpstreamExchange, provider: string, secrets: readonly string[]): Promise<ProviderError> {
  let text = '';
  try {
    for await (const chunk of exchange.body) {
      text += chunk.toString();
      if (text.length > maximumErrorBodyBytes) break;
    }
  } catch {
    // A broken error body still leaves the status to report.
  } finally {
    exchange.body.destroy();
    exchange.finish();
  }
  let message = text.trim().slice(0, 500) || 'no error body';
  let providerCode: string | undefined;
  try {
    const parsed = JSON.parse(text) as ErrorBodyShape;
    const error = parsed.error;
    if (typeof error === 'string') message = error;
    else if (error && typeof error === 'object') {
      if (typeof error.message === 'string') message = error.message;
      const code = error.code ?? error.type;
      if (typeof code === 'string' || typeof code === 'number') providerCode = String(code);
      if (typeof error.type === 'string' && providerCode === undefined) providerCode = error.type;
    } else if (typeof parsed.message === 'string') message = parsed.message;
  } catch {
    // Not JSON: keep the text.
  }
  const status = exchange.status;
  const requestId = exchange.headers['request-id'] ?? exchange.headers['x-request-id'];
  return new ProviderError(
    redactSecrets(`${provider} upstream returned ${status}${providerCode ? ` ${providerCode}` : ''}: ${message}`, secrets),
    {
      provider,
      status,
      providerCode,
      retryable: isRetryableStatus(status),
      retryAfterMs: parseRetryAfterMs(exchange.headers),
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    },
  );
}
