import type { CatalogModel, ModelCapability } from '@gw/providers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASK_CAPABILITIES, type TaskAnalysis } from '../analyze-task/task-analysis.js';
import { estimateDeploymentCost } from './estimate-deployment-cost.js';
import { NoCapableModelError } from './no-capable-model-error.js';
import { planRoute, type PlanRouteInput } from './plan-route.js';
import { QUALITY_LEVELS } from './quality-level.js';
import type { RoutePlan } from './route-plan.js';

const runs = { numRuns: 1_000 };
const modelCapabilities: ModelCapability[] = ['code', 'vision', 'tools', 'json', 'reasoning'];
const hardCapabilities: ModelCapability[] = ['vision', 'tools', 'json'];

const modelArbitrary = fc.record({
  tier: fc.integer({ min: 0, max: 5 }),
  input: fc.constantFrom(0, 0.1, 0.5, 1, 3, 10, 15),
  output: fc.constantFrom(0, 0.4, 2, 8, 15, 60),
  contextWindow: fc.constantFrom(8_000, 32_000, 128_000, 1_000_000),
  maxOutputTokens: fc.constantFrom(1_024, 8_192, 64_000),
  capabilities: fc.subarray(modelCapabilities),
});

const catalogArbitrary = fc.array(modelArbitrary, { minLength: 1, maxLength: 14 }).map((entries): CatalogModel[] =>
  entries.map((entry, index) => ({
    id: `model-${index}`,
    provider: index % 2 === 0 ? 'alpha' : 'beta',
    upstreamModel: `upstream-${index}`,
    vendor: 'test',
    tier: entry.tier,
    price: { input: entry.input, output: entry.output },
    contextWindow: entry.contextWindow,
    maxOutputTokens: entry.maxOutputTokens,
    capabilities: entry.capabilities,
  })),
);

const analysisArbitrary = fc.record({
  difficulty: fc.double({ min: 0, max: 1, noNaN: true }),
  capabilities: fc.subarray([...TASK_CAPABILITIES]),
  estimatedTokens: fc.integer({ min: 1, max: 300_000 }),
}).map((value): TaskAnalysis => ({ taskType: 'question_answering', ...value }));

const policyArbitrary = fc
  .record({
    defaultTier: fc.integer({ min: 0, max: 2 }),
    span: fc.integer({ min: 0, max: 3 }),
    thresholds: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 5 }),
    defaultOutputTokens: fc.constantFrom(256, 1_024, 4_096),
  })
  .map(({ defaultTier, span, thresholds, defaultOutputTokens }) => ({
    defaultTier,
    maxTier: defaultTier + span,
    difficultyThresholds: [...thresholds].sort((left, right) => left - right),
    defaultOutputTokens,
  }));

const inputArbitrary = fc.record({
  models: catalogArbitrary,
  analysis: analysisArbitrary,
  requestedOutputTokens: fc.option(fc.integer({ min: 1, max: 70_000 }), { nil: undefined }),
  quality: fc.constantFrom(...QUALITY_LEVELS),
  budgetUsd: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
  policy: policyArbitrary,
}) as fc.Arbitrary<PlanRouteInput>;

function tryPlan(input: PlanRouteInput): RoutePlan | NoCapableModelError {
  try {
    return planRoute(input);
  } catch (error) {
    if (error instanceof NoCapableModelError) return error;
    throw error;
  }
}

function outputTokensOf(input: PlanRouteInput): number {
  return input.requestedOutputTokens ?? input.policy.defaultOutputTokens;
}

/** Independent restatement of "usable": in range, context fits, output fits, has the capabilities. */
function usable(model: CatalogModel, input: PlanRouteInput, capabilities: readonly ModelCapability[]): boolean {
  const contextNeeded = input.analysis.estimatedTokens + outputTokensOf(input);
  return (
    model.tier >= input.policy.defaultTier &&
    model.tier <= input.policy.maxTier &&
    model.contextWindow >= contextNeeded &&
    (input.requestedOutputTokens === undefined || model.maxOutputTokens >= input.requestedOutputTokens) &&
    capabilities.every((capability) => model.capabilities.includes(capability))
  );
}

function costOf(model: CatalogModel, input: PlanRouteInput): number {
  return estimateDeploymentCost(model.price, input.analysis.estimatedTokens, outputTokensOf(input));
}

function neededHard(input: PlanRouteInput): ModelCapability[] {
  return hardCapabilities.filter((capability) => input.analysis.capabilities.includes(capability));
}

describe('planRoute properties', () => {
  it('never plans a tier above the max tier (or below the default tier)', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = tryPlan(input);
        if (plan instanceof NoCapableModelError) return;
        expect(plan.startTier).toBeLessThanOrEqual(input.policy.maxTier);
        for (const step of plan.steps) {
          expect(step.tier).toBeLessThanOrEqual(input.policy.maxTier);
          expect(step.tier).toBeGreaterThanOrEqual(input.policy.defaultTier);
          for (const deployment of step.deployments) expect(deployment.model.tier).toBe(step.tier);
        }
      }),
      runs,
    );
  });

  it('never plans a model lacking a needed capability or context, and fails only when no model qualifies', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = tryPlan(input);
        if (plan instanceof NoCapableModelError) {
          expect(input.models.some((model) => usable(model, input, neededHard(input)))).toBe(false);
          return;
        }
        expect(plan.requiredCapabilities).toEqual(expect.arrayContaining(neededHard(input)));
        for (const step of plan.steps) {
          for (const { model } of step.deployments) expect(usable(model, input, plan.requiredCapabilities)).toBe(true);
        }
        // Soft needs (code, reasoning) are dropped only when no usable model has them all.
        const allNeeded = input.analysis.capabilities.filter((capability) => capability !== 'long_context') as ModelCapability[];
        if (plan.requiredCapabilities.length < allNeeded.length) {
          expect(input.models.some((model) => usable(model, input, allNeeded))).toBe(false);
        }
      }),
      runs,
    );
  });

  it('never goes over budget while a capable model within it exists; over budget only with the cheapest capable model', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = tryPlan(input);
        if (plan instanceof NoCapableModelError || input.budgetUsd === undefined) return;
        const budget = input.budgetUsd;
        const capable = input.models.filter((model) => usable(model, input, plan.requiredCapabilities));
        const overBudget = plan.steps.flatMap((step) => step.deployments).filter((deployment) => deployment.estimatedCostUsd > budget);
        if (overBudget.length === 0) return;
        expect(capable.some((model) => costOf(model, input) <= budget)).toBe(false);
        expect(plan.steps).toHaveLength(1);
        expect(plan.steps[0]!.overBudget).toBe(true);
        const cheapest = Math.min(...capable.map((model) => costOf(model, input)));
        expect(overBudget[0]!.estimatedCostUsd).toBe(cheapest);
      }),
      runs,
    );
  });

  it('lists the deployments of every step cheapest first', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = tryPlan(input);
        if (plan instanceof NoCapableModelError) return;
        for (const step of plan.steps) {
          const costs = step.deployments.map((deployment) => deployment.estimatedCostUsd);
          expect(costs).toEqual([...costs].sort((left, right) => left - right));
        }
      }),
      runs,
    );
  });

  it('a higher quality level never starts lower', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plans = QUALITY_LEVELS.map((quality) => tryPlan({ ...input, quality }));
        if (plans.some((plan) => plan instanceof NoCapableModelError)) return;
        const [normal, high, critical] = plans as RoutePlan[];
        expect(normal!.startTier).toBeLessThanOrEqual(high!.startTier);
        expect(high!.startTier).toBeLessThanOrEqual(critical!.startTier);
        expect(normal!.steps[0]!.tier).toBeLessThanOrEqual(high!.steps[0]!.tier);
        expect(high!.steps[0]!.tier).toBeLessThanOrEqual(critical!.steps[0]!.tier);
        expect(critical!.startTier).toBe(input.policy.maxTier);
      }),
      runs,
    );
  });

  it('same inputs, same plan', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const first = tryPlan(input);
        const second = tryPlan(structuredClone(input));
        if (first instanceof NoCapableModelError) {
          expect(second).toBeInstanceOf(NoCapableModelError);
          return;
        }
        expect(second).toEqual(first);
      }),
      runs,
    );
  });
});

describe('planRoute examples', () => {
  const model = (id: string, tier: number, input: number, capabilities: ModelCapability[] = ['code', 'tools', 'json']): CatalogModel => ({
    id,
    provider: 'p',
    upstreamModel: id,
    vendor: 'v',
    tier,
    price: { input, output: input * 4 },
    contextWindow: 128_000,
    maxOutputTokens: 8_192,
    capabilities,
  });
  const analysis: TaskAnalysis = { taskType: 'question_answering', difficulty: 0.3, capabilities: [], estimatedTokens: 1_000 };
  const policy = { defaultTier: 0, maxTier: 3, difficultyThresholds: [0.2, 0.5, 0.8], defaultOutputTokens: 1_000 };

  it('starts at the difficulty tier, lists each tier cheapest first and says why', () => {
    const plan = planRoute({
      models: [model('b1', 1, 2), model('a1', 1, 1), model('c2', 2, 3), model('d3', 3, 10)],
      analysis,
      requestedOutputTokens: undefined,
      quality: 'normal',
      budgetUsd: undefined,
      policy,
    });
    expect(plan.startTier).toBe(1);
    expect(plan.steps.map((step) => [step.tier, step.deployments.map((deployment) => deployment.model.id)])).toEqual([
      [1, ['a1', 'b1']],
      [2, ['c2']],
      [3, ['d3']],
    ]);
    expect(plan.steps[0]!.reason).toContain('difficulty 0.30 → tier 1');
    expect(plan.topTierReference?.id).toBe('d3');
  });

  it('drops over-budget deployments and skips a tier without the capability', () => {
    const plan = planRoute({
      models: [model('a1', 1, 1), model('v2', 2, 3, ['vision']), model('e2', 2, 500, ['vision']), model('v3', 3, 2, ['vision'])],
      analysis: { ...analysis, capabilities: ['vision'] },
      requestedOutputTokens: 100,
      quality: 'normal',
      budgetUsd: 0.01,
      policy,
    });
    expect(plan.skippedTiers).toEqual([{ tier: 1, reason: 'no model with every needed capability and enough context' }]);
    expect(plan.steps.map((step) => step.deployments.map((deployment) => deployment.model.id))).toEqual([['v2'], ['v3']]);
  });

  it('skips a capable tier whose every model is over budget', () => {
    const plan = planRoute({
      models: [model('a1', 1, 400), model('c2', 2, 1), model('d3', 3, 2)],
      analysis,
      requestedOutputTokens: 100,
      quality: 'normal',
      budgetUsd: 0.01,
      policy,
    });
    expect(plan.skippedTiers[0]).toMatchObject({ tier: 1, reason: expect.stringContaining('over budget') });
    expect(plan.steps.map((step) => step.tier)).toEqual([2, 3]);
  });

  it('uses the cheapest capable model, flagged, when nothing fits the budget', () => {
    const plan = planRoute({ models: [model('c2', 2, 5), model('a1', 1, 3)], analysis, requestedOutputTokens: 100, quality: 'normal', budgetUsd: 0, policy });
    expect(plan.steps).toEqual([expect.objectContaining({ tier: 1, overBudget: true })]);
    expect(plan.steps[0]!.deployments[0]!.model.id).toBe('a1');
  });
});
