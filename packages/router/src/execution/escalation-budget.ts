import type { PlanStep, RoutePlan } from '../policy/route-plan.js';

/** Whether the next step's cheapest deployment still fits the per-request budget after what was spent. */
export function fitsBudget(plan: RoutePlan, next: PlanStep, spentUsd: number): boolean {
  if (plan.budgetUsd === undefined) return true;
  return spentUsd + next.deployments[0]!.estimatedCostUsd <= plan.budgetUsd;
}
