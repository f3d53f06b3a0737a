import type { MockLlm } from '@gw/mock-llm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ProviderError,
  RequestAbortedError,
  StreamInterruptedError,
  UpstreamConnectionError,
  UpstreamTimeoutError,
  type ProviderRegistry,
} from '../src/index.js';
import { collect, createTestRegistry, rejectionOf, startTestUpstream, userSays } from './mock-setup.js';

let mock: MockLlm;
let registry: ProviderRegistry;

beforeAll(async () => {
  mock = await startTestUpstream();
  registry = createTestRegistry(mock, { timeoutMs: 2_000, firstByteTimeoutMs: 300 });
});
afterAll(async () => {
  await registry.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const models = ['small-openai', 'small-anthropic'] as const;

describe.each(models)('faults through %s', (model) => {
  const ask = (directive: string) => registry.chat({ model, messages: userSays(`[[mock: ${directive}]] hi`) });
  const streamOf = (directive: string) => collect(registry.stream({ model, messages: userSays(`[[mock: ${directive}]] hello streaming world`), stream: true }));

  it('429 with retry-after is retryable and carries the wait', async () => {
    const error = await rejectionOf(ask('status=429 retry_after=2'));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 2000, code: 'upstream_error' });
  });

  it('retry-after-ms and the providers rate-limit reset headers are read', async () => {
    expect(await rejectionOf(ask('status=429 retry_after_ms=150'))).toMatchObject({ retryAfterMs: 150 });
    const reset = (await rejectionOf(ask('status=429 ratelimit_reset=3'))) as ProviderError;
    expect(reset.retryAfterMs).toBeGreaterThan(1500);
    // Anthropic's reset is an RFC 3339 time with whole seconds, so up to one more second.
    expect(reset.retryAfterMs).toBeLessThanOrEqual(4000);
  });

  it.each([500, 503, 529])('%i is retryable', async (status) => {
    const error = await rejectionOf(ask(`status=${status}`));
    expect(error).toMatchObject({ status, retryable: true });
    expect((error as ProviderError).message).toMatch(new RegExp(`returned ${status}`));
  });

  it.each([400, 401, 403, 404, 422])('%i is not retryable', async (status) => {
    expect(await rejectionOf(ask(`status=${status}`))).toMatchObject({ status, retryable: false });
  });

  it('a stall before the first byte is a first-byte timeout', async () => {
    const started = performance.now();
    const error = await rejectionOf(ask('stall=1500'));
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(error).toMatchObject({ phase: 'first_byte', retryable: true, status: 504 });
    expect(performance.now() - started).toBeLessThan(1200);
  });

  it('added latency under the limits still answers', async () => {
    const started = performance.now();
    const response = await ask('latency=120');
    expect(response.choices[0]!.message.content).toContain('echo: hi');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('a cut JSON body is a retryable connection error', async () => {
    const error = await rejectionOf(ask('cut_after=1'));
    expect(error).toBeInstanceOf(UpstreamConnectionError);
    expect(error).toMatchObject({ retryable: true });
  });

  it('a stream cut after some chunks is a typed error holding the partial output', async () => {
    const error = (await rejectionOf(streamOf('cut_after=4'))) as StreamInterruptedError;
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect(error.reason).toBe('cut');
    expect(error.partial.chunksDelivered).toBeGreaterThan(0);
    expect(error.partial.content.length).toBeGreaterThan(0);
    expect('[mock-small] echo: hello streaming world').toContain(error.partial.content);
    expect(error.retryable).toBe(false);
  });

  it('a malformed chunk ends the stream in a malformed error', async () => {
    const error = await rejectionOf(streamOf('malformed_after=3'));
    expect(error).toMatchObject({ reason: 'malformed', code: 'stream_malformed' });
  });

  it('an error event inside an HTTP 200 stream is an error, never a clean end', async () => {
    const error = (await rejectionOf(streamOf('error_event_after=3'))) as StreamInterruptedError;
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect(error.reason).toBe('error_event');
    expect(error.message).toMatch(/error/);
  });

  it('a stream error before any chunk is retryable', async () => {
    const error = await rejectionOf(streamOf('cut_after=0'));
    expect(error).toMatchObject({ retryable: true });
  });

  it('an HTTP error on a stream request is the same typed error as for JSON', async () => {
    expect(await rejectionOf(streamOf('status=503 retry_after=1'))).toMatchObject({ status: 503, retryable: true, retryAfterMs: 1000 });
  });

  it('abort during a stall reaches the upstream and rejects with RequestAbortedError', async () => {
    const controller = new AbortController();
    const pending = registry.chat({ model, messages: userSays('[[mock: latency=250]] hi') }, { signal: controller.signal, firstByteTimeoutMs: 2_000 });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('abort mid-stream stops the iteration with RequestAbortedError', async () => {
    const controller = new AbortController();
    const stream = registry.stream(
      { model, messages: userSays('[[mock: chunk_delay=30 words=40]] long answer'), stream: true },
      { signal: controller.signal },
    );
    let received = 0;
    const error = await rejectionOf(
      (async () => {
        for await (const _chunk of stream) {
          received++;
          if (received === 3) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    await expect(stream.result).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it('the total timeout ends a slow stream', async () => {
    const error = await rejectionOf(
      collect(registry.stream({ model, messages: userSays('[[mock: chunk_delay=100 words=50]] slow'), stream: true }, { timeoutMs: 400 })),
    );
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect((error as StreamInterruptedError).cause).toMatchObject({ phase: 'total' });
  });
});
