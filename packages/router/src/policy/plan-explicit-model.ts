import type { CatalogModel } from '@gw/providers';
import type { QualityLevel } from './quality-level.js';
import type { RoutePlan } from './route-plan.js';

/** The request named a model: the plan is that model's deployments, in the registry's preference order. */
export function planExplicitModel(
  model: string,
  deployments: readonly CatalogModel[],
  context: { quality: QualityLevel; budgetUsd: number | undefined; catalog: readonly CatalogModel[]; maxTier: number },
): RoutePlan {
  const tier = deployments[0]!.tier;
  let topTierReference: CatalogModel | undefined;
  for (const candidate of context.catalog) {
    if (candidate.tier !== context.maxTier) continue;
    if (!topTierReference || candidate.price.input + candidate.price.output < topTierReference.price.input + topTierReference.price.output) {
      topTierReference = candidate;
    }
  }
  return {
    mode: 'explicit',
    quality: context.quality,
    startTier: tier,
    startReason: `explicit model "${model}"`,
    requiredCapabilities: [],
    requiredContextTokens: 0,
    estimatedInputTokens: 0,
    estimatedOutputTokens: 0,
    ...(context.budgetUsd === undefined ? {} : { budgetUsd: context.budgetUsd }),
    steps: [{ tier, deployments: deployments.map((deployment) => ({ model: deployment, estimatedCostUsd: 0 })), reason: `explicit model "${model}"` }],
    skippedTiers: [],
    ...(topTierReference ? { topTierReference } : {}),
    notes: ['explicit model: no analysis, no tier choice, no escalation'],
  };
}
