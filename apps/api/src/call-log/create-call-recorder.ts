import type { CallLogWriter, CallStatus } from '@gw/context-store';
import type { Principal } from '@gw/mapping-registry';
import { GatewayError, type GatewayMetadata, type Logger } from '@gw/providers';
import { servedDeployment, type ServedDeployment } from './served-deployment.js';

export interface CallOutcome {
  status: CallStatus;
  gw?: GatewayMetadata;
  error?: unknown;
  /** Overrides the error's own code (e.g. `client_closed` when the caller went away). */
  errorCode?: string;
}

export interface CallRecorder {
  readonly requestId: string;
  /** The deployment to attribute the call to when neither the answer nor the error names one (a function is called only then). */
  attribute(deployment: ServedDeployment | (() => ServedDeployment | undefined)): void;
  /** Writes the call's one `llm_calls` row; later calls are ignored, so every request logs exactly once. */
  finish(outcome: CallOutcome): void;
}

export interface CallRecorderContext {
  requestId: string;
  principal: Principal;
  /** What the client asked for (`auto` when it named no model): the attribution of calls that failed before routing. */
  requestedModel: string;
  logger: Logger;
}

/** The total a routed answer cost (failed, judged and reviewed attempts included), else the answer's own cost. */
export function answerCostUsd(gw: GatewayMetadata | undefined): number | undefined {
  const routing = gw?.routing as { totalCostUsd?: unknown } | undefined;
  if (typeof routing?.totalCostUsd === 'number') return routing.totalCostUsd;
  return gw?.costUsd;
}

/** One recorder per chat request: collects what is known and writes one row through the batched writer. */
export function createCallRecorder(writer: CallLogWriter | undefined, context: CallRecorderContext): CallRecorder {
  const startedAt = performance.now();
  let finished = false;
  const unrouted: ServedDeployment = { provider: 'gw', model: context.requestedModel };
  let attributed: ServedDeployment | (() => ServedDeployment | undefined) = unrouted;
  const fallback = (): ServedDeployment => {
    if (typeof attributed !== 'function') return attributed;
    try {
      return attributed() ?? unrouted;
    } catch {
      return unrouted;
    }
  };
  return {
    requestId: context.requestId,
    attribute(deployment) {
      attributed = deployment;
    },
    finish(outcome) {
      if (finished) return;
      finished = true;
      if (!writer) return;
      const served = servedDeployment(outcome.gw, outcome.error, fallback);
      const tokens = outcome.gw?.tokens;
      const errorCode =
        outcome.errorCode ?? (outcome.error === undefined ? undefined : GatewayError.isInstance(outcome.error) ? outcome.error.code : 'internal_error');
      const costUsd = answerCostUsd(outcome.gw);
      try {
        writer.write({
          requestId: context.requestId,
          userId: context.principal.ownerId,
          apiKeyId: context.principal.keyId,
          provider: served.provider,
          model: served.model,
          tier: served.tier ?? null,
          inputTokens: tokens?.input ?? 0,
          cachedInputTokens: tokens?.cachedInput ?? 0,
          cacheWriteTokens: tokens?.cacheWrite ?? 0,
          outputTokens: tokens?.output ?? 0,
          reasoningTokens: tokens?.reasoning ?? 0,
          ...(costUsd === undefined || !Number.isFinite(costUsd) || costUsd < 0 ? {} : { costUsd }),
          durationMs: Math.max(0, Math.round(performance.now() - startedAt)),
          status: outcome.status,
          errorCode: errorCode ?? null,
          rawUsage: outcome.gw?.rawUsage ?? null,
        });
      } catch (error) {
        context.logger.error('call log record refused', { requestId: context.requestId, error: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
