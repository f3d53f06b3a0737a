import type { Logger, ProviderRegistry } from '@gw/providers';
import type { CooldownStore } from './cooldown-store.js';
import type { RetryPolicy } from './retry-policy.js';

/** What the execution steps share for one routed request. */
export interface ExecutionContext {
  readonly registry: ProviderRegistry;
  readonly retry: RetryPolicy;
  readonly cooldown: CooldownStore;
  readonly random: () => number;
  readonly sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  readonly logger: Logger;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly firstByteTimeoutMs?: number;
}
