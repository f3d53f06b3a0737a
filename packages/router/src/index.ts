export { analyzeTask } from './analyze-task/analyze-task.js';
export { DEFAULT_LONG_CONTEXT_TOKENS } from './analyze-task/long-context-threshold.js';
export { TASK_TYPES, TASK_CAPABILITIES } from './analyze-task/task-analysis.js';
export type {
  AnalyzeTaskOptions,
  TaskAnalysis,
  TaskCapability,
  TaskSignal,
  TaskType,
} from './analyze-task/task-analysis.js';

// Routing: policy, execution, escalation, cross-check, calibration, trace.
export { createRouter } from './router/create-router.js';
export type { Router } from './router/create-router.js';
export type { RouterOptions, JudgeOptions } from './router/router-options.js';
export type { RouteOptions } from './router/route-options.js';
export { planRoute } from './policy/plan-route.js';
export type { PlanRouteInput, RoutingPolicy } from './policy/plan-route.js';
export type { PlanOptions, PlanStep, PlannedDeployment, RoutePlan, SkippedTier } from './policy/route-plan.js';
export { QUALITY_LEVELS } from './policy/quality-level.js';
export type { QualityLevel } from './policy/quality-level.js';
export { DEFAULT_DIFFICULTY_THRESHOLDS, tierForDifficulty } from './policy/difficulty-thresholds.js';
export { NoCapableModelError } from './policy/no-capable-model-error.js';
export { DEFAULT_RETRY_POLICY, computeBackoffMs } from './execution/retry-policy.js';
export type { RetryPolicy } from './execution/retry-policy.js';
export type { CooldownState, CooldownStore } from './execution/cooldown-store.js';
export { createInMemoryCooldownStore } from './execution/create-in-memory-cooldown-store.js';
export type { InMemoryCooldownStoreOptions } from './execution/create-in-memory-cooldown-store.js';
export { RoutingFailedError } from './execution/routing-failed-error.js';
export type {
  AttemptOutcome,
  AttemptPurpose,
  RoutingAttempt,
  RoutingEscalation,
  RoutingTrace,
  RoutingVerification,
} from './execution/routing-trace.js';
export { verifyResponse } from './verification/verify-response.js';
export type { VerificationFailure, VerificationResult } from './verification/verify-response.js';
export { buildHandoffMessage } from './handoff/build-handoff-message.js';
export type { HandoffFailure } from './handoff/build-handoff-message.js';
export { reviewVerdictSchema } from './cross-check/review-verdict.js';
export type { ReviewVerdict, ReviewVerdictValue } from './cross-check/review-verdict.js';
export { parseReviewVerdict } from './cross-check/parse-review-verdict.js';
export type { CrossCheckOutcome, ModelVerdict } from './cross-check/cross-check-outcome.js';
export type { CrossCheckOptions } from './cross-check/run-cross-check.js';
export type { RoutedStream, RoutedStreamResult } from './streaming/routed-stream.js';
export { calibrateThresholds } from './calibration/calibrate-thresholds.js';
export type { CalibrateThresholdsOptions, CalibrationResult, CalibrationSample } from './calibration/calibrate-thresholds.js';
export { readRouterSettings } from './router/read-router-settings.js';
export type { RouterSettings } from './router/read-router-settings.js';
