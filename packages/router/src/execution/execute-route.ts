import { GatewayError, type CanonicalRequest, type CanonicalResponse, type CatalogModel } from '@gw/providers';
import type { CrossCheckOutcome } from '../cross-check/cross-check-outcome.js';
import { requestVerdict } from '../cross-check/request-verdict.js';
import { reviewMaterial } from '../cross-check/review-material.js';
import { DEFAULT_JUDGE_PROMPT } from '../cross-check/review-prompts.js';
import { runCrossCheck } from '../cross-check/run-cross-check.js';
import { applyHandoff } from '../handoff/apply-handoff.js';
import { buildHandoffMessage, type HandoffFailure } from '../handoff/build-handoff-message.js';
import { answerText, latestUserText } from '../handoff/message-text.js';
import type { PlanStep, RoutePlan } from '../policy/route-plan.js';
import { verifyResponse } from '../verification/verify-response.js';
import type { AnswerChecks } from './answer-checks.js';
import { callOptionsFor } from './call-options-for.js';
import { callStepDeployments } from './call-step-deployments.js';
import { createTraceRecorder, type TraceRecorder } from './create-trace-recorder.js';
import { fitsBudget } from './escalation-budget.js';
import type { ExecutionContext } from './execution-context.js';
import { RoutingFailedError } from './routing-failed-error.js';
import { deploymentAttempt, type RoutingAttempt, type RoutingVerification } from './routing-trace.js';

type Check = { passed: true } | { passed: false; reason: string };

function codeOf(error: unknown): string {
  return GatewayError.isInstance(error) ? error.code : 'unknown_error';
}

function answerAttempt(deployment: CatalogModel, response: CanonicalResponse, tryNumber: number, latencyMs: number): RoutingAttempt {
  return {
    ...deploymentAttempt(deployment),
    outcome: 'success',
    tryNumber,
    latencyMs: response.gw?.latencyMs ?? latencyMs,
    costUsd: response.gw?.costUsd ?? 0,
  };
}

async function judgeAnswer(response: CanonicalResponse, taskText: string, checks: AnswerChecks, context: ExecutionContext, recorder: TraceRecorder): Promise<Check> {
  const judge = checks.judge!;
  const { verdict, attempt } = await requestVerdict({
    registry: context.registry,
    model: judge.model,
    purpose: 'judge',
    systemPrompt: judge.prompt ?? DEFAULT_JUDGE_PROMPT,
    userText: reviewMaterial(taskText, answerText(response)),
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}),
  });
  recorder.attempts.push(attempt);
  // Only a clear `fail` escalates: an unsure or unreadable judge is not evidence against the answer.
  if (verdict.verdict !== 'fail') return { passed: true };
  return { passed: false, reason: `judge ${judge.model}: fail${verdict.issues.length > 0 ? ` (${verdict.issues.join('; ')})` : ''}` };
}

/**
 * Runs a plan: each step's deployments with retries, fallbacks and cooldown; each answer through
 * the verifiable checks (then the judge and the cross-check when configured); a failed check moves
 * to the next step with a handoff package. The answer carries the whole story in `gw.routing`.
 */
export async function executeRoute(request: CanonicalRequest, plan: RoutePlan, context: ExecutionContext, checks: AnswerChecks): Promise<CanonicalResponse> {
  const recorder = createTraceRecorder(plan);
  if (checks.crossCheckUnavailable) recorder.notes.push('cross-check was asked for but no reviewers are configured; skipped');
  const canEscalate = checks.escalate && plan.mode === 'auto';
  if (plan.mode === 'auto' && !checks.escalate) recorder.notes.push('escalation is off: a failed check is reported, not escalated');
  const taskText = latestUserText(request.messages);
  const failures: HandoffFailure[] = [];
  let lastError: unknown;
  let rejected: { response: CanonicalResponse; reason: string; crossCheck?: CrossCheckOutcome } | undefined;

  const finish = (response: CanonicalResponse, verification: RoutingVerification, crossCheck?: CrossCheckOutcome): CanonicalResponse => {
    const routing = recorder.finish({ ...(response.gw?.tokens ? { tokens: response.gw.tokens } : {}), verification, ...(crossCheck ? { crossCheck } : {}), streamed: false });
    response.gw = { ...response.gw!, routing };
    return response;
  };

  const escalateFrom = (step: PlanStep, next: PlanStep, failure: HandoffFailure): void => {
    failures.push(failure);
    recorder.escalations.push({ fromTier: step.tier, toTier: next.tier, reason: failure.reason });
  };

  for (let index = 0; index < plan.steps.length; index++) {
    const step = plan.steps[index]!;
    const next = plan.steps[index + 1];
    const stepRequest = failures.length > 0 ? applyHandoff(request, buildHandoffMessage(request.messages, plan.analysis, failures)) : request;
    const outcome = await callStepDeployments(
      step,
      (deployment) => context.registry.chat({ ...stepRequest, model: deployment.id }, callOptionsFor(deployment, context, checks.requestId)),
      context,
      recorder,
    );
    if (!('value' in outcome)) {
      lastError = outcome.lastError;
      if (next) recorder.escalations.push({ fromTier: step.tier, toTier: next.tier, reason: `no deployment of tier ${step.tier} answered (${lastError === undefined ? 'all cooling down' : codeOf(lastError)})` });
      continue;
    }
    const response = outcome.value;
    const escalationPossible = canEscalate && next !== undefined && fitsBudget(plan, next, recorder.totalCostUsd() + (response.gw?.costUsd ?? 0));
    if (canEscalate && next !== undefined && !escalationPossible) recorder.notes.push(`no escalation past tier ${step.tier}: the next tier would exceed the budget`);
    const attemptIndex = recorder.attempts.push(answerAttempt(outcome.deployment, response, outcome.tryNumber, outcome.latencyMs)) - 1;
    const reject = (reason: string): void => {
      recorder.attempts[attemptIndex] = { ...recorder.attempts[attemptIndex]!, outcome: 'rejected', reason };
    };

    const verified = verifyResponse(response, request);
    let check: Check = verified.passed ? { passed: true } : { passed: false, reason: verified.reason };
    if (check.passed && checks.judge && escalationPossible) check = await judgeAnswer(response, taskText, checks, context, recorder);
    if (!check.passed) {
      reject(check.reason);
      if (escalationPossible) {
        escalateFrom(step, next!, { tier: step.tier, model: outcome.deployment.id, reason: check.reason, answer: answerText(response) });
        rejected = { response, reason: check.reason };
        continue;
      }
      return finish(response, { applied: true, passed: false, reason: check.reason });
    }

    if (checks.crossCheck) {
      const crossCheck = await runCrossCheck({
        registry: context.registry,
        options: checks.crossCheck,
        taskText,
        answer: answerText(response),
        ...(context.signal ? { signal: context.signal } : {}),
        ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}),
        recordAttempt: (attempt) => recorder.attempts.push(attempt),
      });
      if (crossCheck.verdict === 'fail') {
        const issues = [...crossCheck.reviews, ...(crossCheck.arbiter ? [crossCheck.arbiter] : [])].filter((review) => review.verdict === 'fail').flatMap((review) => review.issues);
        const reason = `cross-check: fail${issues.length > 0 ? ` (${issues.join('; ')})` : ''}`;
        reject(reason);
        if (escalationPossible) {
          escalateFrom(step, next!, { tier: step.tier, model: outcome.deployment.id, reason, answer: answerText(response) });
          rejected = { response, reason, crossCheck };
          continue;
        }
        return finish(response, { applied: true, passed: false, reason }, crossCheck);
      }
      return finish(response, { applied: true, passed: true }, crossCheck);
    }
    return finish(response, { applied: true, passed: true });
  }

  if (rejected) {
    recorder.notes.push('no higher tier produced an answer; the last rejected answer is returned');
    return finish(rejected.response, { applied: true, passed: false, reason: rejected.reason }, rejected.crossCheck);
  }
  throw new RoutingFailedError(lastError, recorder.finish({ verification: { applied: false, passed: false }, streamed: false }));
}
