import { GatewayError, InvalidRequestError, StreamInterruptedError, type CanonicalChunk, type CanonicalRequest, type GatewayMetadata } from '@gw/providers';
import type { AnswerChecks } from '../execution/answer-checks.js';
import { callOptionsFor } from '../execution/call-options-for.js';
import { callStepDeployments } from '../execution/call-step-deployments.js';
import { createTraceRecorder } from '../execution/create-trace-recorder.js';
import { deploymentKey } from '../execution/deployment-key.js';
import type { ExecutionContext } from '../execution/execution-context.js';
import { RoutingFailedError } from '../execution/routing-failed-error.js';
import { deploymentAttempt, type RoutingTrace } from '../execution/routing-trace.js';
import type { RoutePlan } from '../policy/route-plan.js';
import { openUpstreamStream } from './open-upstream-stream.js';
import type { RoutedStream, RoutedStreamResult } from './routed-stream.js';

export type { RoutedStream, RoutedStreamResult } from './routed-stream.js';

const streamedNote =
  'streamed: no escalation on content checks (truncation, JSON, tool arguments, judge, cross-check): what was sent cannot be taken back';

function interrupted(error: unknown, provider: string, content: string, chunksDelivered: number): unknown {
  if (GatewayError.isInstance(error) && (error.code === 'aborted' || error.code.startsWith('stream_'))) return error;
  return new StreamInterruptedError(`${provider} stream failed after ${chunksDelivered} chunks: ${error instanceof Error ? error.message : String(error)}`, {
    provider,
    reason: 'cut',
    partial: { content, toolCalls: [], chunksDelivered },
    cause: error,
  });
}

/**
 * Streams a plan: deployments are retried and fallen back to only until the first token; after it
 * an upstream failure surfaces as a typed StreamInterruptedError (nothing already sent is replaced).
 */
export function streamRoute(request: CanonicalRequest, plan: RoutePlan, context: ExecutionContext, checks: AnswerChecks): RoutedStream {
  const recorder = createTraceRecorder(plan);
  recorder.notes.push(streamedNote);
  if (checks.crossCheck || checks.crossCheckUnavailable) recorder.notes.push('cross-check is not run on streams');
  let settle!: { resolve: (value: RoutedStreamResult) => void; reject: (error: unknown) => void };
  const result = new Promise<RoutedStreamResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  result.catch(() => undefined);

  async function* run(): AsyncGenerator<CanonicalChunk, void, undefined> {
    let lastError: unknown;
    for (let index = 0; index < plan.steps.length; index++) {
      const step = plan.steps[index]!;
      const next = plan.steps[index + 1];
      const outcome = await callStepDeployments(
        step,
        (deployment) => openUpstreamStream(context.registry, request, deployment, callOptionsFor(deployment, context, checks.requestId)),
        context,
        recorder,
      );
      if (!('value' in outcome)) {
        lastError = outcome.lastError;
        if (next) recorder.escalations.push({ fromTier: step.tier, toTier: next.tier, reason: `no deployment of tier ${step.tier} started a stream` });
        continue;
      }
      const { deployment } = outcome;
      const opened = outcome.value;
      const attemptIndex =
        recorder.attempts.push({
          ...deploymentAttempt(deployment),
          outcome: 'success',
          tryNumber: outcome.tryNumber,
          latencyMs: outcome.latencyMs,
          costUsd: 0,
        }) - 1;
      let routing: RoutingTrace | undefined;
      const finishTrace = (gw: GatewayMetadata): RoutingTrace => {
        recorder.attempts[attemptIndex] = { ...recorder.attempts[attemptIndex]!, costUsd: gw.costUsd ?? 0, latencyMs: gw.latencyMs ?? outcome.latencyMs };
        routing ??= recorder.finish({ ...(gw.tokens ? { tokens: gw.tokens } : {}), verification: { applied: false, passed: true }, streamed: true });
        return routing;
      };
      let delivered = 0;
      let content = '';
      const deliver = (chunk: CanonicalChunk): CanonicalChunk => {
        delivered++;
        for (const choice of chunk.choices) content += choice.delta.content ?? '';
        if (chunk.gw) chunk.gw = { ...chunk.gw, routing: finishTrace(chunk.gw) };
        return chunk;
      };
      try {
        for (const chunk of opened.buffered) yield deliver(chunk);
        if (!opened.ended) {
          while (true) {
            const item = await opened.iterator.next();
            if (item.done) break;
            yield deliver(item.value);
          }
        }
      } catch (error) {
        recorder.attempts[attemptIndex] = {
          ...recorder.attempts[attemptIndex]!,
          outcome: 'failed',
          errorCode: GatewayError.isInstance(error) ? error.code : 'unknown_error',
          reason: `failed after ${delivered} chunks reached the caller; no fallback`,
        };
        await context.cooldown.recordFailure(deploymentKey(deployment));
        const typed = interrupted(error, deployment.provider, content, delivered);
        settle.reject(typed);
        throw typed;
      } finally {
        // The caller may stop early: release the upstream connection.
        await opened.iterator.return?.();
      }
      const final = await opened.upstream.result;
      settle.resolve({ gw: { ...final.gw, routing: finishTrace(final.gw) }, finishReason: final.finishReason });
      return;
    }
    const error = new RoutingFailedError(lastError, recorder.finish({ verification: { applied: false, passed: false }, streamed: true }));
    settle.reject(error);
    throw error;
  }

  let iterated = false;
  return {
    result,
    [Symbol.asyncIterator]() {
      if (iterated) throw new InvalidRequestError('a routed stream can be iterated only once');
      iterated = true;
      const generator = run();
      // Errors thrown while opening (client errors, abort) must also settle `result`.
      return {
        next: async () => {
          try {
            return await generator.next();
          } catch (error) {
            settle.reject(error);
            throw error;
          }
        },
        return: async () => generator.return(undefined),
        [Symbol.asyncIterator]() {
          return this;
        },
      } as AsyncGenerator<CanonicalChunk, void, undefined>;
    },
  };
}
