import { GatewayError } from '@gw/providers';
import type { RoutingTrace } from './routing-trace.js';

/** Every planned deployment failed or was cooling down. `cause` is the last upstream error; `routing` says what was tried. */
export class RoutingFailedError extends GatewayError {
  readonly routing: RoutingTrace;

  constructor(lastError: unknown, routing: RoutingTrace) {
    const last = GatewayError.isInstance(lastError) ? lastError : undefined;
    const tried = routing.attempts.filter((attempt) => attempt.purpose === 'answer').length;
    super(
      last
        ? `Every planned deployment failed (${tried} attempts); last error: ${last.message}`
        : `No planned deployment could be called (${tried} attempts; all cooling down)`,
      { code: 'routing_failed', status: last?.status ?? 503, retryable: last?.retryable ?? true, retryAfterMs: last?.retryAfterMs, cause: lastError },
    );
    this.name = 'RoutingFailedError';
    this.routing = routing;
  }
}
