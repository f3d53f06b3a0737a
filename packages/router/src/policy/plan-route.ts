import type { CatalogModel, ModelCapability } from '@gw/providers';
import type { TaskAnalysis } from '../analyze-task/task-analysis.js';
import { chooseStartTier, type StartTierPolicy } from './choose-start-tier.js';
import { estimateDeploymentCost } from './estimate-deployment-cost.js';
import { mapTaskCapabilities } from './map-task-capabilities.js';
import { NoCapableModelError } from './no-capable-model-error.js';
import type { QualityLevel } from './quality-level.js';
import type { PlanStep, PlannedDeployment, RoutePlan, SkippedTier } from './route-plan.js';

export interface RoutingPolicy extends StartTierPolicy {
  /** Output tokens assumed for cost and context when the request sets no `max_tokens`. */
  readonly defaultOutputTokens: number;
}

export interface PlanRouteInput {
  readonly models: readonly CatalogModel[];
  readonly analysis: TaskAnalysis;
  /** `max_completion_tokens` or `max_tokens` of the request. */
  readonly requestedOutputTokens: number | undefined;
  readonly quality: QualityLevel;
  readonly budgetUsd: number | undefined;
  readonly policy: RoutingPolicy;
}

interface Candidate extends PlannedDeployment {
  readonly index: number;
}

function hasAll(model: CatalogModel, capabilities: readonly ModelCapability[]): boolean {
  for (const capability of capabilities) if (!model.capabilities.includes(capability)) return false;
  return true;
}

function byCost(left: Candidate, right: Candidate): number {
  return left.estimatedCostUsd - right.estimatedCostUsd || left.index - right.index;
}

function formatUsd(value: number): string {
  return `$${value.toPrecision(3)}`;
}

function strip(candidates: readonly Candidate[]): PlannedDeployment[] {
  return candidates.map(({ model, estimatedCostUsd }) => ({ model, estimatedCostUsd }));
}

/**
 * The policy, pure and deterministic: which tiers to try for an analysed request, in which order,
 * with which deployments (cheapest first), and why. Only models with every needed capability and a
 * context window that fits are candidates; a tier whose capable models are all over budget is skipped.
 */
export function planRoute(input: PlanRouteInput): RoutePlan {
  const { analysis, policy, budgetUsd } = input;
  const notes: string[] = [];
  const outputTokens = input.requestedOutputTokens ?? policy.defaultOutputTokens;
  const inputTokens = analysis.estimatedTokens;
  const requiredContextTokens = inputTokens + outputTokens;
  const requirements = mapTaskCapabilities(analysis.capabilities);
  const fits = (model: CatalogModel): boolean =>
    model.tier >= policy.defaultTier &&
    model.tier <= policy.maxTier &&
    model.contextWindow >= requiredContextTokens &&
    (input.requestedOutputTokens === undefined || model.maxOutputTokens >= input.requestedOutputTokens);

  let requiredCapabilities: ModelCapability[] = [...requirements.hard, ...requirements.soft];
  let pool: Candidate[] = [];
  const collect = (capabilities: readonly ModelCapability[]): Candidate[] => {
    const found: Candidate[] = [];
    input.models.forEach((model, index) => {
      if (fits(model) && hasAll(model, capabilities)) {
        found.push({ model, index, estimatedCostUsd: estimateDeploymentCost(model.price, inputTokens, outputTokens) });
      }
    });
    return found;
  };
  pool = collect(requiredCapabilities);
  if (pool.length === 0 && requirements.soft.length > 0) {
    pool = collect(requirements.hard);
    notes.push(`no model in range has [${requirements.soft.join(', ')}]; those preferences were dropped`);
    requiredCapabilities = [...requirements.hard];
  }
  if (pool.length === 0) throw new NoCapableModelError(requiredCapabilities, requiredContextTokens, policy);

  const byTier = new Map<number, Candidate[]>();
  for (const candidate of pool) {
    const list = byTier.get(candidate.model.tier) ?? [];
    list.push(candidate);
    byTier.set(candidate.model.tier, list);
  }
  for (const list of byTier.values()) list.sort(byCost);
  const affordable = (list: readonly Candidate[]): Candidate[] =>
    budgetUsd === undefined ? [...list] : list.filter((candidate) => candidate.estimatedCostUsd <= budgetUsd);

  const start = chooseStartTier(analysis.difficulty, input.quality, policy);
  const steps: PlanStep[] = [];
  const skippedTiers: SkippedTier[] = [];
  for (let tier = start.tier; tier <= policy.maxTier; tier++) {
    const capable = byTier.get(tier);
    if (!capable) {
      skippedTiers.push({ tier, reason: 'no model with every needed capability and enough context' });
      continue;
    }
    const within = affordable(capable);
    if (within.length === 0) {
      skippedTiers.push({ tier, reason: `capable but over budget (cheapest ${formatUsd(capable[0]!.estimatedCostUsd)} > ${formatUsd(budgetUsd!)})` });
      continue;
    }
    steps.push({ tier, deployments: strip(within), reason: steps.length === 0 ? start.reason : 'escalation if the answer fails a check' });
  }
  if (steps.length === 0) {
    for (let tier = start.tier - 1; tier >= policy.defaultTier; tier--) {
      const within = affordable(byTier.get(tier) ?? []);
      if (within.length === 0) continue;
      steps.push({ tier, deployments: strip(within), reason: `nothing usable from tier ${start.tier} up; highest usable tier below` });
      break;
    }
  }
  if (steps.length === 0) {
    const cheapest = [...pool].sort(byCost)[0]!;
    steps.push({
      tier: cheapest.model.tier,
      deployments: strip([cheapest]),
      reason: `no capable model within the budget of ${formatUsd(budgetUsd!)}; the cheapest capable model is used`,
      overBudget: true,
    });
    notes.push('over budget: no capable model fits it');
  }

  const topTier = byTier.get(policy.maxTier);
  return {
    mode: 'auto',
    analysis,
    quality: input.quality,
    startTier: start.tier,
    startReason: start.reason,
    requiredCapabilities,
    requiredContextTokens,
    estimatedInputTokens: inputTokens,
    estimatedOutputTokens: outputTokens,
    ...(budgetUsd === undefined ? {} : { budgetUsd }),
    steps,
    skippedTiers,
    ...(topTier ? { topTierReference: topTier[0]!.model } : {}),
    notes,
  };
}
