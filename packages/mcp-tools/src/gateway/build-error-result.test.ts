import { ConfigurationError, ProviderError, StreamInterruptedError, UpstreamTimeoutError } from '@gw/providers';
import { expect, it } from 'vitest';
import { buildErrorResult } from './build-error-result.js';

const textOf = (error: unknown, secrets?: string[]) => {
  const result = buildErrorResult(error, secrets);
  expect(result.isError).toBe(true);
  return (result.content[0] as { text: string }).text;
};

it('says the status, whether and when to retry, and what to fix', () => {
  const text = textOf(new ProviderError('openai upstream returned 429 rate_limit_exceeded', { provider: 'openai', status: 429, retryable: true, retryAfterMs: 1500 }));
  expect(text).toBe(
    [
      'Error: openai upstream returned 429 rate_limit_exceeded',
      'Status: 429 (upstream_error)',
      'Retry: may help after 1.5 s (the upstream asked to wait).',
      'Fix: Rate limited or out of quota at provider "openai": wait and retry, or choose another model or provider.',
    ].join('\n'),
  );
});

it('covers timeouts, configuration and broken streams with their partial answer', () => {
  expect(textOf(new UpstreamTimeoutError({ provider: 'anthropic', phase: 'idle', timeoutMs: 2000 }))).toMatch(/Status: 504 \(timeout_idle\)[\s\S]*REQUEST_TIMEOUT/);
  expect(textOf(new ConfigurationError('providers.openai.apiKey', 'no API key'))).toMatch(/Fix: Fix the server configuration \(providers\.openai\.apiKey\)/);
  const partial = { content: 'The answer is', toolCalls: [], chunksDelivered: 3 };
  expect(textOf(new StreamInterruptedError('stream cut', { provider: 'openai', reason: 'cut', partial }))).toMatch(
    /Retry: will not help without a change\.[\s\S]*Partial answer before the failure \(3 chunks\):\nThe answer is$/,
  );
});

it('never repeats a secret, and reports unexpected errors as internal', () => {
  const text = textOf(new Error('failed with key test-secret-value inside'), ['test-secret-value']);
  expect(text).not.toContain('test-secret-value');
  expect(text).toMatch(/Status: 500 \(internal_error\)/);
});
