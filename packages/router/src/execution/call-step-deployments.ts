import { GatewayError, type CatalogModel } from '@gw/providers';
import type { PlanStep } from '../policy/route-plan.js';
import { classifyCallError } from './classify-call-error.js';
import { deploymentKey } from './deployment-key.js';
import type { ExecutionContext } from './execution-context.js';
import { computeBackoffMs } from './retry-policy.js';
import { deploymentAttempt } from './routing-trace.js';
import type { TraceRecorder } from './create-trace-recorder.js';

export interface StepSuccess<T> {
  readonly value: T;
  readonly deployment: CatalogModel;
  readonly tryNumber: number;
  readonly latencyMs: number;
}

export interface StepFailure {
  readonly lastError: unknown;
}

function failedAttempt(deployment: CatalogModel, tryNumber: number, error: unknown, latencyMs: number, reason?: string) {
  const gatewayError = GatewayError.isInstance(error) ? error : undefined;
  return {
    ...deploymentAttempt(deployment),
    outcome: 'failed' as const,
    tryNumber,
    errorCode: gatewayError?.code ?? 'unknown_error',
    ...(gatewayError ? { status: gatewayError.status } : {}),
    ...(reason ? { reason } : {}),
    latencyMs,
    costUsd: 0,
  };
}

/**
 * Tries the deployments of one plan step in order: skips those cooling down, retries transient
 * failures with jittered backoff (or the upstream's Retry-After, unless it is above the cap), moves
 * on after auth/not-found/timeouts, and rethrows at once when the request itself is wrong.
 * The caller records the successful attempt (it knows the cost and whether the answer passed).
 */
export async function callStepDeployments<T>(
  step: PlanStep,
  call: (deployment: CatalogModel) => Promise<T>,
  context: ExecutionContext,
  recorder: TraceRecorder,
): Promise<StepSuccess<T> | StepFailure> {
  let lastError: unknown;
  for (const { model: deployment } of step.deployments) {
    const key = deploymentKey(deployment);
    const state = await context.cooldown.acquire(key);
    if (state === 'open') {
      recorder.attempts.push({
        ...deploymentAttempt(deployment),
        outcome: 'skipped_cooldown',
        latencyMs: 0,
        costUsd: 0,
      });
      continue;
    }
    for (let tryNumber = 1; ; tryNumber++) {
      const started = performance.now();
      try {
        const value = await call(deployment);
        await context.cooldown.recordSuccess(key);
        return { value, deployment, tryNumber, latencyMs: Math.round(performance.now() - started) };
      } catch (error) {
        const latencyMs = Math.round(performance.now() - started);
        const decision = classifyCallError(error);
        lastError = error;
        if (decision === 'abort' || decision === 'reject_request') {
          recorder.attempts.push(failedAttempt(deployment, tryNumber, error, latencyMs, decision === 'abort' ? 'aborted by the caller' : 'the request was rejected; not retried'));
          throw error;
        }
        const stateAfter = await context.cooldown.recordFailure(key);
        const retryAfterMs = GatewayError.isInstance(error) ? error.retryAfterMs : undefined;
        let reason: string | undefined = state === 'probe' ? 'cooldown probe failed' : undefined;
        let delayMs: number | undefined;
        if (decision === 'retry' && tryNumber < context.retry.attempts && stateAfter !== 'open') {
          if (retryAfterMs !== undefined && retryAfterMs > context.retry.maxRetryAfterMs) {
            reason = `retry-after ${retryAfterMs} ms is above the ${context.retry.maxRetryAfterMs} ms cap; falling back`;
          } else {
            delayMs = retryAfterMs ?? computeBackoffMs(tryNumber, context.retry, context.random);
            reason = `retrying in ${delayMs} ms${retryAfterMs === undefined ? '' : ' (retry-after)'}`;
          }
        } else if (stateAfter === 'open' && state !== 'probe') {
          reason = 'cooldown opened';
        }
        recorder.attempts.push(failedAttempt(deployment, tryNumber, error, latencyMs, reason));
        context.logger.debug('router: upstream call failed', { deployment: key, tryNumber, decision, code: GatewayError.isInstance(error) ? error.code : undefined });
        if (delayMs === undefined) break;
        await context.sleep(delayMs, context.signal);
      }
    }
  }
  return { lastError };
}
