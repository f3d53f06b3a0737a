import type { MockLlm } from '@gw/mock-llm';
import type { ProviderRegistry } from '@gw/providers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ask, createMockRegistry, createTestRouter, requestedModels, startMock, verdictReply, routingOf } from './router-test-setup.js';

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

const crossCheckRouter = () => createTestRouter(registry, { crossCheck: true, reviewers: ['review-a', 'review-b'], arbiter: 'arbiter-a' });

describe('route: cross-check', () => {
  it('reviewers that agree decide alone: no arbiter call, every review paid for', async () => {
    mock.setRules([`model=review reply=${verdictReply('pass')}`]);
    const { router } = crossCheckRouter();
    const response = await router.route(ask('What is 2 + 2?'));
    const models = requestedModels(mock);
    expect(models[0]).toBe('tier1-a');
    expect([...models.slice(1)].sort()).toEqual(['review-a', 'review-b']);
    const routing = routingOf(response);
    expect(routing.crossCheck).toMatchObject({ verdict: 'pass', reason: 'all 2 reviewers: pass' });
    expect(routing.crossCheck!.arbiter).toBeUndefined();
    const reviews = routing.attempts.filter((attempt) => attempt.purpose === 'review');
    expect(reviews).toHaveLength(2);
    for (const review of reviews) expect(review.costUsd).toBeGreaterThan(0);
    expect(routing.totalCostUsd).toBeCloseTo(routing.attempts.reduce((total, attempt) => total + attempt.costUsd, 0), 12);
    expect(routing.totalCostUsd).toBeGreaterThan(response.gw!.costUsd!);
  });

  it('a disagreement calls the arbiter (only then); its fail escalates; the next tier passes', async () => {
    mock.setRules([
      `model=review-a reply=${verdictReply('pass')} times=1`,
      `model=review-b reply=${verdictReply('fail', ['4 is wrong'])} times=1`,
      `model=arbiter-a reply=${verdictReply('fail', ['the sum is off by one'])}`,
    ]);
    const { router } = crossCheckRouter();
    const response = await router.route(ask('What is 2 + 3?'));
    const models = requestedModels(mock);
    expect(models.filter((model) => model === 'arbiter-a')).toHaveLength(1);
    expect(models.filter((model) => model.startsWith('tier'))).toEqual(['tier1-a', 'tier2-a']);
    const routing = routingOf(response);
    expect(routing.escalations).toEqual([{ fromTier: 1, toTier: 2, reason: expect.stringMatching(/^cross-check: fail \(.*the sum is off by one/) }]);
    // At tier 2 both one-time verdicts are used up; both reviewers now give the mock's echo: unparsable, so uncertain.
    expect(routing.crossCheck).toMatchObject({ verdict: 'uncertain', reason: 'all 2 reviewers: uncertain' });
    expect(routing.attempts.map((attempt) => attempt.purpose)).toEqual(['answer', 'review', 'review', 'arbiter', 'answer', 'review', 'review']);
  });

  it('an unparsable review is uncertain, never a pass: with a pass it is a disagreement', async () => {
    mock.setRules([`model=review-a reply=${verdictReply('pass')}`, 'model=arbiter-a reply=' + verdictReply('pass')]);
    const { router } = crossCheckRouter();
    const response = await router.route(ask('What is 2 + 2?'));
    const crossCheck = routingOf(response).crossCheck!;
    expect(crossCheck.reviews.map((review) => review.verdict)).toEqual(['pass', 'uncertain']);
    expect(crossCheck.arbiter).toMatchObject({ model: 'arbiter-a', verdict: 'pass' });
    expect(crossCheck.verdict).toBe('pass');
  });

  it('quality critical starts at the top tier and cross-checks even with cross-check off; a final fail is reported', async () => {
    mock.setRules([`model=review reply=${verdictReply('fail', ['wrong year'])}`]);
    const { router } = createTestRouter(registry, { reviewers: ['review-a', 'review-b'], arbiter: 'arbiter-a' });
    const response = await router.route(ask('When did the Berlin wall fall?'), { quality: 'critical' });
    expect(requestedModels(mock)[0]).toBe('tier3-a');
    const routing = routingOf(response);
    expect(routing.startTier).toBe(3);
    expect(routing.crossCheck?.verdict).toBe('fail');
    expect(routing.verification).toMatchObject({ passed: false, reason: 'cross-check: fail (wrong year; wrong year)' });
    expect(requestedModels(mock)).not.toContain('arbiter-a');
  });

  it('without reviewers, a requested cross-check is skipped and says so', async () => {
    const { router } = createTestRouter(registry, { crossCheck: true });
    const response = await router.route(ask('hi'));
    expect(routingOf(response).notes).toContain('cross-check was asked for but no reviewers are configured; skipped');
    expect(requestedModels(mock)).toEqual(['tier1-a']);
  });
});
