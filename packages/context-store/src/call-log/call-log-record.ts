import { ContextStoreError } from '../errors/context-store-error.js';

export type CallStatus = 'success' | 'error' | 'partial';

/**
 * One upstream LLM call as the router reports it. The token classes are disjoint, one per price, so cost is
 * Σ count × price and the total is their sum: `inputTokens` (uncached input), `cachedInputTokens` (read from the
 * prompt cache), `cacheWriteTokens` (written to it), `outputTokens` (visible output), `reasoningTokens` (hidden
 * reasoning). OpenAI reports cached and reasoning tokens inside prompt/completion tokens: subtract them. Default 0.
 */
export interface CallLogRecord {
  /** Unique per call; writing the same id twice stores one row. */
  readonly requestId: string;
  readonly conversationId?: string | null;
  readonly userId?: string | null;
  readonly apiKeyId?: string | null;
  readonly provider: string;
  readonly model: string;
  readonly tier?: number | null;
  readonly inputTokens?: number;
  readonly cachedInputTokens?: number;
  readonly cacheWriteTokens?: number;
  readonly outputTokens?: number;
  readonly reasoningTokens?: number;
  /** USD; a string keeps full decimal precision. */
  readonly costUsd?: number | string;
  readonly durationMs?: number;
  readonly status: CallStatus;
  readonly errorCode?: string | null;
  /** The upstream usage object as received. */
  readonly rawUsage?: unknown;
  /** Defaults to when `write` was called, so a replayed row keeps its time. */
  readonly createdAt?: Date | string;
}

/** The row as inserted (and as spooled, JSON-encoded). */
export interface CallLogRow {
  readonly requestId: string;
  readonly conversationId: string | null;
  readonly userId: string | null;
  readonly apiKeyId: string | null;
  readonly provider: string;
  readonly model: string;
  readonly tier: number | null;
  readonly inputTokens: number;
  readonly cachedInputTokens: number;
  readonly cacheWriteTokens: number;
  readonly outputTokens: number;
  readonly reasoningTokens: number;
  readonly costUsd: string;
  readonly durationMs: number;
  readonly status: CallStatus;
  readonly errorCode: string | null;
  readonly rawUsage: unknown;
  readonly createdAt: string;
}

const statuses: readonly string[] = ['success', 'error', 'partial'];

/** Checks a record up front, so one bad record can never poison a batch at insert time. */
export function toCallLogRow(record: CallLogRecord, now: () => Date = () => new Date()): CallLogRow {
  const invalid = (reason: string): never => {
    throw new ContextStoreError('INVALID_ARGUMENT', `invalid call log record: ${reason}`, { details: { requestId: record.requestId } });
  };
  if (typeof record.requestId !== 'string' || record.requestId === '') invalid('requestId is required');
  if (typeof record.provider !== 'string' || record.provider === '') invalid('provider is required');
  if (typeof record.model !== 'string' || record.model === '') invalid('model is required');
  if (!statuses.includes(record.status)) invalid(`status must be success, error or partial`);
  const count = (name: string, value: number | undefined): number => {
    if (value === undefined) return 0;
    if (!Number.isInteger(value) || value < 0 || value > 2_147_483_647) invalid(`${name} must be a non-negative integer`);
    return value;
  };
  const cost = record.costUsd ?? 0;
  const costText = typeof cost === 'number' ? (Number.isFinite(cost) && cost >= 0 ? cost.toFixed(10) : invalid('costUsd must be a finite non-negative number')) : cost;
  if (!/^\d{1,10}(\.\d{1,10})?$/.test(costText)) invalid('costUsd must be a decimal number');
  const createdAt = record.createdAt === undefined ? now() : new Date(record.createdAt);
  if (Number.isNaN(createdAt.getTime())) invalid('createdAt is not a date');
  return {
    requestId: record.requestId,
    conversationId: record.conversationId ?? null,
    userId: record.userId ?? null,
    apiKeyId: record.apiKeyId ?? null,
    provider: record.provider,
    model: record.model,
    tier: record.tier ?? null,
    inputTokens: count('inputTokens', record.inputTokens),
    cachedInputTokens: count('cachedInputTokens', record.cachedInputTokens),
    cacheWriteTokens: count('cacheWriteTokens', record.cacheWriteTokens),
    outputTokens: count('outputTokens', record.outputTokens),
    reasoningTokens: count('reasoningTokens', record.reasoningTokens),
    costUsd: costText,
    durationMs: count('durationMs', record.durationMs),
    status: record.status,
    errorCode: record.errorCode ?? null,
    rawUsage: record.rawUsage ?? null,
    createdAt: createdAt.toISOString(),
  };
}
