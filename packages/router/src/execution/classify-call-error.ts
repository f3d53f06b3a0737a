import { GatewayError } from '@gw/providers';

/**
 * What to do after a failed upstream call:
 * - `abort`: the caller gave up; stop everything.
 * - `reject_request`: 400/422, the request itself is wrong; another model would reject it too.
 * - `next_deployment`: this deployment cannot serve it now (401/403/404, timeouts, other non-retryable errors).
 * - `retry`: a transient failure (429, 5xx, dropped connection, a stream broken before its first token).
 */
export type CallErrorDecision = 'abort' | 'reject_request' | 'next_deployment' | 'retry';

export function classifyCallError(error: unknown): CallErrorDecision {
  if (!GatewayError.isInstance(error)) return 'next_deployment';
  if (error.code === 'aborted') return 'abort';
  if (error.status === 400 || error.status === 422) return 'reject_request';
  if (error.status === 401 || error.status === 403 || error.status === 404) return 'next_deployment';
  // A stalled deployment costs a whole timeout per try; another deployment is the faster way out.
  if (error.code.startsWith('timeout_')) return 'next_deployment';
  // Only streams broken before anything reached the caller get here, and those are safe to try again.
  if (error.code.startsWith('stream_')) return 'retry';
  return error.retryable ? 'retry' : 'next_deployment';
}
