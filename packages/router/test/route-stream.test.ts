import type { MockLlm } from '@gw/mock-llm';
import { StreamInterruptedError, type CanonicalChunk, type ProviderRegistry } from '@gw/providers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RoutingTrace } from '../src/index.js';
import { ask, createMockRegistry, createTestRouter, rejectionOf, requestedModels, startMock } from './router-test-setup.js';

let mock: MockLlm;
let registry: ProviderRegistry;

beforeAll(async () => {
  mock = await startMock();
  registry = createMockRegistry(mock);
});
afterAll(async () => {
  await registry.close();
  await mock.close();
});
beforeEach(() => mock.reset());

async function collect(stream: AsyncIterable<CanonicalChunk>, received: CanonicalChunk[] = []): Promise<CanonicalChunk[]> {
  for await (const chunk of stream) received.push(chunk);
  return received;
}

const textOf = (chunks: readonly CanonicalChunk[]) => chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');

describe('stream: fallbacks only before the first token', () => {
  it('streams the answer; the trace rides on the usage chunk and the final result', async () => {
    const { router } = createTestRouter(registry);
    const stream = router.stream(ask('hello streaming world'));
    const chunks = await collect(stream);
    expect(textOf(chunks)).toBe('[tier1-a] echo: hello streaming world');
    const result = await stream.result;
    const routing = result.gw.routing as RoutingTrace;
    expect(routing).toMatchObject({ streamed: true, startTier: 1, verification: { applied: false } });
    expect(routing.notes.join(' ')).toMatch(/no escalation on content checks/);
    expect(routing.attempts).toEqual([expect.objectContaining({ model: 'tier1-a', outcome: 'success' })]);
    expect(routing.totalCostUsd).toBe(result.gw.costUsd);
    // The registry puts `gw` on a separate usage chunk only when the upstream sends one; then it carries the trace too.
    for (const chunk of chunks.filter((candidate) => candidate.gw)) expect(chunk.gw!.routing).toEqual(routing);
  });

  it.each([0, 1])('a stream cut after %i events, before the first token, falls back to the next deployment', async (events) => {
    mock.setRules([`model=tier1-a cut_after=${events}`]);
    const { router } = createTestRouter(registry, { retry: { attempts: 1 } });
    const stream = router.stream(ask('hello streaming world'));
    const chunks = await collect(stream);
    expect(textOf(chunks)).toBe('[tier1-b] echo: hello streaming world');
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier1-b']);
    const routing = (await stream.result).gw.routing as RoutingTrace;
    expect(routing.attempts.map((attempt) => [attempt.model, attempt.outcome])).toEqual([
      ['tier1-a', 'failed'],
      ['tier1-b', 'success'],
    ]);
  });

  it('a stream cut after the first token is a typed error with the partial output, and nothing falls back', async () => {
    mock.setRules(['model=tier1-a cut_after=5']);
    const { router } = createTestRouter(registry);
    const stream = router.stream(ask('hello streaming world and more words'));
    const received: CanonicalChunk[] = [];
    const error = (await rejectionOf(collect(stream, received))) as StreamInterruptedError;
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect(error.partial.chunksDelivered).toBeGreaterThan(0);
    expect(textOf(received).length).toBeGreaterThan(0);
    expect('[tier1-a] echo: hello streaming world and more words').toContain(textOf(received));
    expect(requestedModels(mock)).toEqual(['tier1-a']);
    await expect(stream.result).rejects.toBeInstanceOf(StreamInterruptedError);
  });

  it('429 before the stream starts is retried after the retry-after wait', async () => {
    mock.setRules(['model=tier1-a status=429 retry_after=1 times=1']);
    const { router, sleeps } = createTestRouter(registry);
    const chunks = await collect(router.stream(ask('hello')));
    expect(textOf(chunks)).toBe('[tier1-a] echo: hello');
    expect(sleeps).toEqual([1_000]);
  });

  it('a truncated stream is not escalated (it was already sent)', async () => {
    mock.setRules(['model=tier1-a finish=length']);
    const { router } = createTestRouter(registry);
    const stream = router.stream(ask('hello'));
    await collect(stream);
    expect(requestedModels(mock)).toEqual(['tier1-a']);
    expect((await stream.result).finishReason).toBe('length');
  });
});
