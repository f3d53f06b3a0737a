/** `closed`: use it; `probe`: it was cooling down and this caller may send the one trial request; `open`: skip it. */
export type CooldownState = 'closed' | 'probe' | 'open';

/**
 * Per-deployment circuit breaker state. Async so the API can keep it in Redis and share it across
 * replicas; keys are deployment keys (`provider/model`).
 */
export interface CooldownStore {
  /** Whether a call may go to the deployment now; a `probe` answer is given to one caller per cooldown period. */
  acquire(key: string): Promise<CooldownState>;
  /** A call succeeded: failures are forgotten and the circuit closes. */
  recordSuccess(key: string): Promise<void>;
  /** A call failed; returns the state after it (`open` once the failures reach the threshold, or a probe failed). */
  recordFailure(key: string): Promise<CooldownState>;
}
