import { GatewayError } from '@gw/providers';
import type { RoutingTrace } from '@gw/router';

export interface FailureFacts {
  code: string;
  status: number;
  retryable: boolean;
  retryAfterMs?: number;
  /** Safe to show: a GatewayError's own message (written without keys), else only the error's name. */
  reason: string;
  /** What the failed call spent before giving up (a RoutingFailedError's trace). */
  costUsd: number;
}

export function describeFailure(error: unknown): FailureFacts {
  if (GatewayError.isInstance(error)) {
    const routing = (error as { routing?: RoutingTrace }).routing;
    return {
      code: error.code,
      status: error.status,
      retryable: error.retryable,
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      reason: error.message,
      costUsd: typeof routing?.totalCostUsd === 'number' ? routing.totalCostUsd : 0,
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { code: 'internal_error', status: 500, retryable: false, reason: `an unexpected ${name} (details are in the server log)`, costUsd: 0 };
}
