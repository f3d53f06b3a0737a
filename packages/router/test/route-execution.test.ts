import type { MockLlm } from '@gw/mock-llm';
import type { ProviderRegistry } from '@gw/providers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RoutingFailedError } from '../src/index.js';
import { answeredBy, ask, createMockRegistry, createTestRouter, rejectionOf, requestedModels, requestsTo, startMock, routingOf } from './router-test-setup.js';

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


describe('route: retries, fallbacks, cooldown', () => {
  it('answers from the cheapest deployment of the start tier and explains itself', async () => {
    const { router } = createTestRouter(registry);
    const response = await router.route(ask('What is the capital of France?'));
    expect(answeredBy(response)).toBe('tier1-a');
    const routing = routingOf(response);
    expect(routing).toMatchObject({ mode: 'auto', startTier: 1, quality: 'normal', streamed: false, verification: { applied: true, passed: true } });
    expect(routing.taskType).toBeTypeOf('string');
    expect(routing.difficulty).toBeGreaterThanOrEqual(0);
    expect(routing.startReason).toContain('raised to default tier 1');
    expect(routing.plan.map((step) => step.tier)).toEqual([1, 2, 3]);
    expect(routing.plan[0]!.models).toEqual(['mock-openai/tier1-a', 'mock-anthropic/tier1-b']);
    expect(routing.attempts).toEqual([expect.objectContaining({ model: 'tier1-a', provider: 'mock-openai', tier: 1, outcome: 'success', purpose: 'answer' })]);
    expect(routing.totalCostUsd).toBe(response.gw!.costUsd);
    expect(routing.totalCostUsd).toBeGreaterThan(0);
    expect(routing.topTierModel).toBe('tier3-a');
    // Same tokens at tier3-a's prices (15 / 60 per million) minus what was paid.
    const tokens = response.gw!.tokens!;
    const topTierCost = (tokens.input * 15 + tokens.output * 60) / 1_000_000;
    expect(routing.topTierCostUsd).toBeCloseTo(topTierCost, 12);
    expect(routing.savingUsd).toBeCloseTo(topTierCost - routing.totalCostUsd, 12);
  });

  it('429 with retry-after: waits that long, then succeeds on the same deployment', async () => {
    mock.setRules(['model=tier1-a status=429 retry_after=1 times=1']);
    const { router, sleeps } = createTestRouter(registry);
    const response = await router.route(ask('hello there'));
    expect(answeredBy(response)).toBe('tier1-a');
    expect(sleeps).toEqual([1_000]);
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier1-a']);
    expect(routingOf(response).attempts.map((attempt) => [attempt.outcome, attempt.status ?? null, attempt.tryNumber])).toEqual([
      ['failed', 429, 1],
      ['success', null, 2],
    ]);
  });

  it('a retry-after above the cap falls back to the next deployment at once', async () => {
    mock.setRules(['model=tier1-a status=429 retry_after=30']);
    const { router, sleeps } = createTestRouter(registry, { retry: { maxRetryAfterMs: 5_000 } });
    const response = await router.route(ask('hello there'));
    expect(answeredBy(response)).toBe('tier1-b');
    expect(sleeps).toEqual([]);
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier1-b']);
    expect(routingOf(response).attempts[0]!.reason).toMatch(/above the 5000 ms cap/);
  });

  it('5xx without retry-after is retried with jittered backoff', async () => {
    mock.setRules(['model=tier1-a status=503 times=1']);
    const { router, sleeps } = createTestRouter(registry, { retry: { baseDelayMs: 100 } });
    const response = await router.route(ask('hello there'));
    expect(answeredBy(response)).toBe('tier1-a');
    // random() = 0.5: half the 100 ms step plus half of the other half.
    expect(sleeps).toEqual([75]);
  });

  it('5xx storm: the cooldown opens, no call reaches the cooled deployment, one probe after the period', async () => {
    mock.setRules(['model=tier1-a status=500']);
    const { router, clock } = createTestRouter(registry, { retry: { attempts: 2 } });
    // Two failures per route (first try and one retry); the third failure opens the circuit.
    expect(answeredBy(await router.route(ask('one')))).toBe('tier1-b');
    expect(answeredBy(await router.route(ask('two')))).toBe('tier1-b');
    expect(requestsTo(mock, 'tier1-a')).toHaveLength(3);

    mock.reset();
    mock.setRules(['model=tier1-a status=500']);
    const cooled = await router.route(ask('three'));
    expect(answeredBy(cooled)).toBe('tier1-b');
    expect(requestsTo(mock, 'tier1-a')).toHaveLength(0);
    expect(routingOf(cooled).attempts[0]).toMatchObject({ model: 'tier1-a', outcome: 'skipped_cooldown' });

    clock.now += 10_000;
    const probed = await router.route(ask('four'));
    expect(requestsTo(mock, 'tier1-a')).toHaveLength(1);
    expect(routingOf(probed).attempts[0]).toMatchObject({ model: 'tier1-a', outcome: 'failed', reason: 'cooldown probe failed' });
    // The failed probe reopened it.
    await router.route(ask('five'));
    expect(requestsTo(mock, 'tier1-a')).toHaveLength(1);

    mock.setRules([]);
    clock.now += 10_000;
    expect(answeredBy(await router.route(ask('six')))).toBe('tier1-a');
    expect(answeredBy(await router.route(ask('seven')))).toBe('tier1-a');
  });

  it('a stall before the first byte times out and falls back without retrying the stalled deployment', async () => {
    mock.setRules(['model=tier1-a stall=3000']);
    const { router } = createTestRouter(registry, { firstByteTimeoutMs: 200 });
    const started = performance.now();
    const response = await router.route(ask('hello there'));
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(answeredBy(response)).toBe('tier1-b');
    expect(routingOf(response).attempts[0]).toMatchObject({ model: 'tier1-a', outcome: 'failed', errorCode: 'timeout_first_byte' });
    expect(requestsTo(mock, 'tier1-a')).toHaveLength(1);
  });

  it.each([401, 403, 404])('%i falls back to the next deployment without a retry', async (status) => {
    mock.setRules([`model=tier1-a status=${status}`]);
    const { router, sleeps } = createTestRouter(registry);
    const response = await router.route(ask('hello there'));
    expect(answeredBy(response)).toBe('tier1-b');
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier1-b']);
    expect(sleeps).toEqual([]);
  });

  it.each([400, 422])('%i is neither retried nor fallen back: the request is wrong', async (status) => {
    mock.setRules([`model=tier1-a status=${status}`]);
    const { router } = createTestRouter(registry);
    const error = await rejectionOf(router.route(ask('hello there')));
    expect(error).toMatchObject({ status, retryable: false });
    expect(requestedModels(mock)).toEqual(['tier1-a']);
  });

  it('when every deployment of a tier fails, the next tier answers; when all fail, a typed error carries the trace', async () => {
    mock.setRules(['model=tier1 status=503']);
    const { router } = createTestRouter(registry, { retry: { attempts: 1 } });
    const response = await router.route(ask('hello there'));
    expect(answeredBy(response)).toBe('tier2-a');
    expect(routingOf(response).escalations).toEqual([{ fromTier: 1, toTier: 2, reason: 'no deployment of tier 1 answered (upstream_error)' }]);

    mock.setRules(['status=503']);
    const error = (await rejectionOf(router.route(ask('hello again')))) as RoutingFailedError;
    expect(error).toBeInstanceOf(RoutingFailedError);
    expect(error).toMatchObject({ code: 'routing_failed', status: 503 });
    expect(error.routing.attempts.map((attempt) => attempt.model)).toEqual(['tier1-a', 'tier1-b', 'tier2-a', 'tier3-a']);
  });

  it('an explicit model bypasses the choice and is not escalated', async () => {
    mock.setRules(['model=tier2-a finish=length']);
    const { router } = createTestRouter(registry);
    const response = await router.route({ ...ask('hello there'), model: 'tier2-a' });
    expect(answeredBy(response)).toBe('tier2-a');
    expect(routingOf(response)).toMatchObject({ mode: 'explicit', escalations: [], verification: { applied: true, passed: false } });
    expect(requestedModels(mock)).toEqual(['tier2-a']);
  });
});
