import { GatewayError, redactSecrets } from '@gw/providers';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

interface ErrorFacts {
  code: string;
  status: number;
  retryable: boolean;
  retryAfterMs?: number;
  provider?: string;
  reason?: string;
  partialContent?: string;
  chunksDelivered?: number;
  phase?: string;
  setting?: string;
}

function factsOf(error: GatewayError): ErrorFacts {
  const fields = error as unknown as Record<string, unknown>;
  const partial = fields.partial as { content?: string; chunksDelivered?: number } | undefined;
  return {
    code: error.code,
    status: error.status,
    retryable: error.retryable,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(typeof fields.provider === 'string' ? { provider: fields.provider } : {}),
    ...(typeof fields.reason === 'string' ? { reason: fields.reason } : {}),
    ...(typeof fields.phase === 'string' ? { phase: fields.phase } : {}),
    ...(typeof fields.setting === 'string' ? { setting: fields.setting } : {}),
    ...(partial?.content ? { partialContent: partial.content } : {}),
    ...(partial?.chunksDelivered === undefined ? {} : { chunksDelivered: partial.chunksDelivered }),
  };
}

function formatWait(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds} ms` : `${Math.round(milliseconds / 100) / 10} s`;
}

function whatToFix(facts: ErrorFacts): string {
  const provider = facts.provider ? `provider "${facts.provider}"` : 'the provider';
  switch (facts.code) {
    case 'configuration_error':
      return `Fix the server configuration${facts.setting ? ` (${facts.setting})` : ''}, then restart the MCP server.`;
    case 'model_not_found':
      return 'Use a model id from list_models, or "<provider>/<model>" with a configured provider.';
    case 'invalid_request':
      return 'Change the arguments as the message says.';
    case 'upstream_unreachable':
      return `Check the network, the proxy settings (HTTP_PROXY/HTTPS_PROXY) and the endpoint configured for ${provider}; retrying may help.`;
    case 'timeout_first_byte':
    case 'timeout_idle':
    case 'timeout_total':
      return `${provider} was too slow. Retry, ask for a shorter answer (max_tokens), choose a faster model, or raise REQUEST_TIMEOUT.`;
    case 'stream_cut':
    case 'stream_malformed':
    case 'stream_error_event':
      return facts.retryable
        ? 'The stream broke before any text arrived; retry the call.'
        : 'The stream broke part-way; retry the call (the partial answer is below), or call without stream.';
    case 'aborted':
      return 'The call was cancelled by the client.';
    default:
      break;
  }
  if (facts.status === 401) return `The API key for ${provider} was rejected: check the key in the server configuration (API_KEY or the provider's *_API_KEY).`;
  if (facts.status === 403) return `The API key for ${provider} lacks access to this model or feature: use another model or check the account.`;
  if (facts.status === 404) return 'The upstream does not know this model or endpoint: pick a model from list_models, or check API_ENDPOINT.';
  if (facts.status === 413) return 'The request is too large: send fewer or shorter messages or smaller images.';
  if (facts.status === 400 || facts.status === 422) return 'The upstream rejected the request: check the arguments (the model may not support some of them, e.g. tools, images or response_format).';
  if (facts.status === 429) return `Rate limited or out of quota at ${provider}: wait and retry, or choose another model or provider.`;
  if (facts.status === 529 || facts.status === 503) return `${provider} is overloaded: retry later, or choose another model or provider.`;
  if (facts.status >= 500) return `${provider} had a server error: retry, or choose another model or provider.`;
  return 'See the message above.';
}

/**
 * An `isError` tool result for a failed call: status, whether a retry may help (and after how long), and
 * what to fix. Text only passes through `redactSecrets`, so no key reaches the client.
 */
export function buildErrorResult(error: unknown, secrets: readonly string[] = []): CallToolResult {
  const lines: string[] = [];
  if (GatewayError.isInstance(error)) {
    const facts = factsOf(error);
    lines.push(`Error: ${error.message}`);
    lines.push(`Status: ${facts.status} (${facts.code})`);
    const retry = facts.retryable
      ? `Retry: may help${facts.retryAfterMs === undefined ? '' : ` after ${formatWait(facts.retryAfterMs)} (the upstream asked to wait)`}.`
      : 'Retry: will not help without a change.';
    lines.push(retry);
    lines.push(`Fix: ${whatToFix(facts)}`);
    if (facts.partialContent) lines.push(`Partial answer before the failure (${facts.chunksDelivered ?? 0} chunks):\n${facts.partialContent}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    lines.push(`Error: ${message}`);
    lines.push('Status: 500 (internal_error)');
    lines.push('Retry: unknown; this is a gw bug if it repeats.');
  }
  return { content: [{ type: 'text', text: redactSecrets(lines.join('\n'), secrets) }], isError: true };
}
