import type { CatalogModel, ModelCapability } from '@gw/providers';
import type { TaskAnalysis } from '../analyze-task/task-analysis.js';
import type { QualityLevel } from './quality-level.js';

export interface PlannedDeployment {
  readonly model: CatalogModel;
  /** USD at list prices for the estimated input and output tokens. */
  readonly estimatedCostUsd: number;
}

/** One tier to try, its deployments cheapest first, and why it is in the plan. */
export interface PlanStep {
  readonly tier: number;
  readonly deployments: readonly PlannedDeployment[];
  readonly reason: string;
  /** Set when no capable model fits the budget and the cheapest capable one is used anyway. */
  readonly overBudget?: boolean;
}

export interface SkippedTier {
  readonly tier: number;
  readonly reason: string;
}

export interface RoutePlan {
  /** `auto`: the router chose; `explicit`: the request named a model and the plan is its deployments. */
  readonly mode: 'auto' | 'explicit';
  readonly analysis?: TaskAnalysis;
  readonly quality: QualityLevel;
  readonly startTier: number;
  readonly startReason: string;
  readonly requiredCapabilities: readonly ModelCapability[];
  /** Input tokens plus the output the request allows (or the default output estimate). */
  readonly requiredContextTokens: number;
  readonly estimatedInputTokens: number;
  readonly estimatedOutputTokens: number;
  readonly budgetUsd?: number;
  /** In escalation order: the first step is the start tier. */
  readonly steps: readonly PlanStep[];
  readonly skippedTiers: readonly SkippedTier[];
  /** The cheapest capable model of the top tier: the reference for the saving in the trace. */
  readonly topTierReference?: CatalogModel;
  readonly notes: readonly string[];
}

export interface PlanOptions {
  readonly quality?: QualityLevel;
  /** Per-request budget in USD: never exceeded while a cheaper capable model exists. */
  readonly budgetUsd?: number;
  /** A model the user chose (alias already resolved); bypasses the router's choice like `request.model`. */
  readonly userModel?: string;
}
