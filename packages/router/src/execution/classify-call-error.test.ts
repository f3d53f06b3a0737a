import { InvalidRequestError, ProviderError, RequestAbortedError, StreamInterruptedError, UpstreamConnectionError, UpstreamTimeoutError } from '@gw/providers';
import { describe, expect, it } from 'vitest';
import { classifyCallError } from './classify-call-error.js';

const providerError = (status: number, retryable: boolean) => new ProviderError(`returned ${status}`, { provider: 'p', status, retryable });

describe('classifyCallError', () => {
  it.each([
    [providerError(400, false), 'reject_request'],
    [providerError(422, false), 'reject_request'],
    [new InvalidRequestError('bad'), 'reject_request'],
    [providerError(401, false), 'next_deployment'],
    [providerError(403, false), 'next_deployment'],
    [providerError(404, false), 'next_deployment'],
    [providerError(429, true), 'retry'],
    [providerError(503, true), 'retry'],
    [new UpstreamConnectionError('gone', { provider: 'p' }), 'retry'],
    [new UpstreamTimeoutError({ provider: 'p', phase: 'first_byte', timeoutMs: 10 }), 'next_deployment'],
    [new StreamInterruptedError('cut', { provider: 'p', reason: 'cut', partial: { content: '', toolCalls: [], chunksDelivered: 1 } }), 'retry'],
    [new RequestAbortedError(), 'abort'],
    [new Error('bug'), 'next_deployment'],
  ] as const)('%s → %s', (error, decision) => {
    expect(classifyCallError(error)).toBe(decision);
  });
});
