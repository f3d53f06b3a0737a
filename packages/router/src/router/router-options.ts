import type { Logger, ProviderRegistry } from '@gw/providers';
import type { CrossCheckOptions } from '../cross-check/run-cross-check.js';
import type { CooldownStore } from '../execution/cooldown-store.js';
import type { RetryPolicy } from '../execution/retry-policy.js';

export interface JudgeOptions {
  /** A cheap model id (catalog id or `provider/model`) asked for a structured verdict on each answer that passed the checks. */
  readonly model: string;
  readonly prompt?: string;
}

export interface RouterOptions {
  readonly registry: ProviderRegistry;
  /** Lowest tier the router starts at (`DEFAULT_LAYER`; default 0). */
  readonly defaultTier?: number;
  /** Highest tier it starts at or escalates to (`MAX_ESCALATION_LAYER`; default 3). */
  readonly maxTier?: number;
  /** Escalate to the next tier when an answer fails a check (`ENABLE_AUTO_ESCALATE`; default true). */
  readonly escalate?: boolean;
  /** Cross-check every answer (`ENABLE_CROSS_CHECK`; default false; `quality: 'critical'` always does). */
  readonly crossCheck?: boolean;
  /** `difficultyThresholds[i]`: lowest difficulty that starts at tier i + 1 (see `calibrateThresholds`). */
  readonly difficultyThresholds?: readonly number[];
  /** Output tokens assumed for cost and context when a request sets no `max_tokens` (default 1,024). */
  readonly defaultOutputTokens?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Per-deployment circuit breaker state (default: in memory, 3 failures open it for 30 s). */
  readonly cooldownStore?: CooldownStore;
  readonly judge?: JudgeOptions;
  /** Reviewers and arbiter for cross-check. */
  readonly reviewers?: CrossCheckOptions['reviewers'];
  readonly arbiter?: string;
  readonly reviewPrompt?: string;
  readonly arbiterPrompt?: string;
  /** Per-call upstream limits passed to the registry. */
  readonly timeoutMs?: number;
  readonly firstByteTimeoutMs?: number;
  /** Injectable for deterministic tests. */
  readonly random?: () => number;
  readonly now?: () => number;
  readonly sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  readonly logger?: Logger;
}
