import type { MockLlm } from '@gw/mock-llm';
import type { CanonicalRequest, ProviderRegistry } from '@gw/providers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ask, createMockRegistry, createTestRouter, requestedModels, requestsTo, startMock, verdictReply, routingOf } from './router-test-setup.js';

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

const contentOf = (response: { choices: { message: { content: string | null } }[] }) => response.choices[0]!.message.content ?? '';

/** The escalated request as the upstream received it (system text for Anthropic, messages for OpenAI). */
function bodyText(model: string): string {
  return JSON.stringify(requestsTo(mock, model)[0]?.body ?? null);
}

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  },
};

describe('route: escalation on verifiable failure', () => {
  it('a truncated answer (finish length) escalates to the next tier, and every attempt is paid for', async () => {
    mock.setRules(['model=tier1-a finish=length']);
    const { router } = createTestRouter(registry);
    const response = await router.route(ask('Explain how a B-tree stays balanced.'));
    expect(contentOf(response)).toMatch(/^\[tier2-a\] echo:/);
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier2-a']);
    const routing = routingOf(response);
    expect(routing.escalations).toEqual([{ fromTier: 1, toTier: 2, reason: expect.stringContaining('finish_reason length') }]);
    expect(routing.attempts.map((attempt) => [attempt.model, attempt.outcome])).toEqual([
      ['tier1-a', 'rejected'],
      ['tier2-a', 'success'],
    ]);
    const sum = routing.attempts.reduce((total, attempt) => total + attempt.costUsd, 0);
    expect(routing.attempts[0]!.costUsd).toBeGreaterThan(0);
    expect(routing.totalCostUsd).toBeCloseTo(sum, 12);
    expect(routing.totalCostUsd).toBeGreaterThan(response.gw!.costUsd!);
  });

  it('invalid JSON for json_object escalates, and the next tier gets the handoff package', async () => {
    mock.setRules(['model=tier1-a json=invalid']);
    const { router } = createTestRouter(registry);
    const request: CanonicalRequest = { ...ask('List three primes as JSON.'), response_format: { type: 'json_object' } };
    const response = await router.route(request);
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier2-a']);
    expect(typeof JSON.parse(contentOf(response))).toBe('object');
    expect(routingOf(response).escalations[0]!.reason).toMatch(/not JSON/);
    const escalated = bodyText('tier2-a');
    expect(escalated).toContain('gw handoff');
    expect(escalated).toContain('Failed attempt: tier 1 (tier1-a)');
    expect(escalated).toContain('Why it failed: response_format json_object asked for JSON; the answer is not JSON');
    expect(escalated).toContain('List three primes as JSON.');
    // The first request carried no handoff.
    expect(bodyText('tier1-a')).not.toContain('gw handoff');
  });

  it('JSON that does not meet the json_schema escalates', async () => {
    mock.setRules(['model=tier1-a json=mismatch']);
    const { router } = createTestRouter(registry);
    const schema = { type: 'object', properties: { primes: { type: 'array', items: { type: 'integer' } } }, required: ['primes'] };
    const response = await router.route({ ...ask('Three primes.'), response_format: { type: 'json_schema', json_schema: { name: 'primes', schema } } });
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier2-a']);
    expect(routingOf(response).escalations[0]!.reason).toMatch(/does not match the schema "primes"/);
    expect(JSON.parse(contentOf(response))).toHaveProperty('primes');
  });

  it('tool-call arguments invalid for the tool schema escalate', async () => {
    mock.setRules(['model=tier1-a bad_args']);
    const { router } = createTestRouter(registry);
    const response = await router.route({ ...ask('What is the weather in Oslo?'), tools: [weatherTool], tool_choice: 'required' });
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier2-a']);
    expect(routingOf(response).escalations[0]!.reason).toMatch(/arguments of "get_weather" do not match/);
    const toolCall = response.choices[0]!.message.tool_calls![0]!;
    expect(toolCall.type === 'function' && JSON.parse(toolCall.function.arguments)).toHaveProperty('city');
  });

  it.each(['empty', 'refusal'])('an %s answer escalates', async (directive) => {
    mock.setRules([`model=tier1-a ${directive}`]);
    const { router } = createTestRouter(registry);
    const response = await router.route(ask('Write a haiku about autumn.'));
    expect(contentOf(response)).toMatch(/^\[tier2-a\] echo:/);
    expect(routingOf(response).escalations[0]!.reason).toMatch(directive === 'empty' ? /empty/ : /refus/);
  });

  it('failures at two tiers reach the top tier with both in the handoff; never past the max tier', async () => {
    mock.setRules(['model=tier1-a finish=length', 'model=tier2-a empty']);
    const { router } = createTestRouter(registry, { maxTier: 2 });
    const response = await router.route(ask('Explain quicksort.'));
    // tier2-a is the top allowed tier: its empty answer is returned and reported, not escalated to tier 3.
    expect(requestedModels(mock)).toEqual(['tier1-a', 'tier2-a']);
    expect(routingOf(response).verification).toEqual({ applied: true, passed: false, reason: 'the answer is empty' });

    mock.reset();
    mock.setRules(['model=tier1-a finish=length', 'model=tier2-a empty']);
    const full = await createTestRouter(registry).router.route(ask('Explain quicksort.'));
    expect(contentOf(full)).toMatch(/^\[tier3-a\] echo:/);
    expect(routingOf(full).escalations.map((escalation) => [escalation.fromTier, escalation.toTier])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    const handoff = bodyText('tier3-a');
    expect(handoff).toContain('Earlier failure: tier 1 (tier1-a)');
    expect(handoff).toContain('Failed attempt: tier 2 (tier2-a)');
  });

  it('with escalation off, a failed check is reported on the answer', async () => {
    mock.setRules(['model=tier1-a finish=length']);
    const { router } = createTestRouter(registry, { escalate: false });
    const response = await router.route(ask('Explain quicksort.'));
    expect(contentOf(response)).toMatch(/^\[tier1-a\]/);
    expect(routingOf(response).verification).toMatchObject({ passed: false, reason: expect.stringContaining('length') });
    expect(routingOf(response).notes).toContain('escalation is off: a failed check is reported, not escalated');
  });

  it("a judge's structured fail escalates; its cost is counted; an unreadable judge reply does not escalate", async () => {
    // The second judge call gets the mock's plain echo: no verdict in it, so `uncertain`, so no escalation.
    mock.setRules([`model=judge-a reply=${verdictReply('fail', ['misses the second question'])} times=1`]);
    const { router } = createTestRouter(registry, { judge: { model: 'judge-a' } });
    const response = await router.route(ask('Name a prime and a square.'));
    expect(requestedModels(mock)).toEqual(['tier1-a', 'judge-a', 'tier2-a', 'judge-a']);
    const routing = routingOf(response);
    expect(contentOf(response)).toMatch(/^\[tier2-a\]/);
    expect(routing.escalations[0]!.reason).toBe('judge judge-a: fail (misses the second question)');
    const judged = routing.attempts.filter((attempt) => attempt.purpose === 'judge');
    expect(judged).toHaveLength(2);
    expect(judged[0]!.costUsd).toBeGreaterThan(0);
    expect(routing.totalCostUsd).toBeCloseTo(routing.attempts.reduce((total, attempt) => total + attempt.costUsd, 0), 12);
  });

  it('a budget stops escalation when the next tier would exceed it', async () => {
    mock.setRules(['model=tier1-a finish=length']);
    const { router } = createTestRouter(registry);
    const request = { ...ask('Explain quicksort.'), max_tokens: 100 };
    // Just enough for tier 2 in the plan, but not once tier 1's answer has been paid for.
    const budgetUsd = router.plan(request).steps[1]!.deployments[0]!.estimatedCostUsd + 1e-7;
    expect(router.plan(request, { budgetUsd }).steps.map((step) => step.tier)).toEqual([1, 2]);
    const response = await router.route(request, { budgetUsd });
    expect(requestedModels(mock)).toEqual(['tier1-a']);
    expect(routingOf(response).notes.join(' ')).toMatch(/budget/);
  });
});
