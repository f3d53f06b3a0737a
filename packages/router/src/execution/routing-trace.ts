import type { CatalogModel, ModelCapability } from '@gw/providers';
import type { TaskType } from '../analyze-task/task-analysis.js';
import type { CrossCheckOutcome } from '../cross-check/cross-check-outcome.js';
import type { QualityLevel } from '../policy/quality-level.js';

export type AttemptPurpose = 'answer' | 'judge' | 'review' | 'arbiter';

/** `success`: answered and accepted; `rejected`: answered but failed a check; `failed`: the call errored; `skipped_cooldown`: not called. */
export type AttemptOutcome = 'success' | 'rejected' | 'failed' | 'skipped_cooldown';

export interface RoutingAttempt {
  readonly purpose: AttemptPurpose;
  readonly model: string;
  readonly provider: string;
  readonly upstreamModel: string;
  readonly tier: number;
  readonly outcome: AttemptOutcome;
  /** 1 for the first try on this deployment, 2 for the first retry, … */
  readonly tryNumber?: number;
  readonly errorCode?: string;
  readonly status?: number;
  readonly reason?: string;
  readonly latencyMs: number;
  readonly costUsd: number;
}

export interface RoutingEscalation {
  readonly fromTier: number;
  readonly toTier: number;
  readonly reason: string;
}

export interface RoutingVerification {
  /** False for streams: content checks cannot take back what was already sent. */
  readonly applied: boolean;
  readonly passed: boolean;
  readonly reason?: string;
}

/** `gw.routing` on every routed answer: what was decided, what was tried, what it cost. */
export interface RoutingTrace {
  readonly mode: 'auto' | 'explicit';
  readonly taskType?: TaskType;
  readonly difficulty?: number;
  readonly quality: QualityLevel;
  readonly requiredCapabilities: readonly ModelCapability[];
  readonly startTier: number;
  readonly startReason: string;
  readonly plan: readonly { readonly tier: number; readonly models: readonly string[]; readonly reason: string }[];
  readonly skippedTiers: readonly { readonly tier: number; readonly reason: string }[];
  readonly attempts: readonly RoutingAttempt[];
  readonly escalations: readonly RoutingEscalation[];
  readonly verification: RoutingVerification;
  readonly crossCheck?: CrossCheckOutcome;
  /** Every attempt's cost: failed, rejected, judged and reviewed ones included. */
  readonly totalCostUsd: number;
  /** The cheapest capable top-tier model, and what the final answer's tokens would have cost on it. */
  readonly topTierModel?: string;
  readonly topTierCostUsd?: number;
  /** topTierCostUsd − totalCostUsd (negative when escalation and checks cost more than the top tier would have). */
  readonly savingUsd?: number;
  readonly streamed: boolean;
  readonly notes: readonly string[];
}

/** What every attempt on a deployment records about it. */
export function deploymentAttempt(deployment: CatalogModel, purpose: AttemptPurpose = 'answer') {
  return { purpose, model: deployment.id, provider: deployment.provider, upstreamModel: deployment.upstreamModel, tier: deployment.tier };
}
