import { computeCost, type TokenUsage } from '@gw/providers';
import type { CrossCheckOutcome } from '../cross-check/cross-check-outcome.js';
import type { RoutePlan } from '../policy/route-plan.js';
import type { RoutingAttempt, RoutingEscalation, RoutingTrace, RoutingVerification } from './routing-trace.js';

export interface TraceRecorder {
  readonly attempts: RoutingAttempt[];
  readonly escalations: RoutingEscalation[];
  readonly notes: string[];
  totalCostUsd(): number;
  finish(final: { tokens?: TokenUsage; verification: RoutingVerification; crossCheck?: CrossCheckOutcome; streamed: boolean }): RoutingTrace;
}

// Float sums of many small costs otherwise print as 0.30000000000000004.
function roundUsd(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

export function createTraceRecorder(plan: RoutePlan): TraceRecorder {
  const attempts: RoutingAttempt[] = [];
  const escalations: RoutingEscalation[] = [];
  const notes: string[] = [...plan.notes];
  const totalCostUsd = (): number => roundUsd(attempts.reduce((sum, attempt) => sum + attempt.costUsd, 0));
  return {
    attempts,
    escalations,
    notes,
    totalCostUsd,
    finish(final) {
      const total = totalCostUsd();
      const reference = plan.topTierReference;
      const topTierCostUsd = reference && final.tokens ? computeCost(final.tokens, reference.price).total : undefined;
      return {
        mode: plan.mode,
        ...(plan.analysis ? { taskType: plan.analysis.taskType, difficulty: plan.analysis.difficulty } : {}),
        quality: plan.quality,
        requiredCapabilities: plan.requiredCapabilities,
        startTier: plan.startTier,
        startReason: plan.startReason,
        plan: plan.steps.map((step) => ({ tier: step.tier, models: step.deployments.map((deployment) => `${deployment.model.provider}/${deployment.model.id}`), reason: step.reason })),
        skippedTiers: plan.skippedTiers,
        attempts: [...attempts],
        escalations: [...escalations],
        verification: final.verification,
        ...(final.crossCheck ? { crossCheck: final.crossCheck } : {}),
        totalCostUsd: total,
        ...(reference && topTierCostUsd !== undefined
          ? { topTierModel: reference.id, topTierCostUsd, savingUsd: roundUsd(topTierCostUsd - total) }
          : {}),
        streamed: final.streamed,
        notes: [...notes],
      };
    },
  };
}
