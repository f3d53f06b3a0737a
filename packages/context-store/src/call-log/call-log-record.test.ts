import { describe, expect, it } from 'vitest';
import { ContextStoreError } from '../errors/context-store-error.js';
import { toCallLogRow } from './call-log-record.js';

describe('toCallLogRow', () => {
  it('fills defaults and keeps the cost as an exact decimal', () => {
    const row = toCallLogRow({ requestId: 'r1', provider: 'openai', model: 'gpt-4o-mini', status: 'success', costUsd: 0.000123 }, () => new Date(0));
    expect(row).toMatchObject({ inputTokens: 0, reasoningTokens: 0, costUsd: '0.0001230000', createdAt: '1970-01-01T00:00:00.000Z', tier: null });
    expect(toCallLogRow({ requestId: 'r2', provider: 'p', model: 'm', status: 'partial', costUsd: '12.5' }).costUsd).toBe('12.5');
  });

  it('refuses invalid records with INVALID_ARGUMENT', () => {
    const base = { requestId: 'r', provider: 'p', model: 'm', status: 'success' as const };
    for (const invalid of [
      { ...base, requestId: '' },
      { ...base, status: 'done' as 'success' },
      { ...base, inputTokens: -1 },
      { ...base, outputTokens: 1.5 },
      { ...base, costUsd: Number.NaN },
      { ...base, costUsd: '1e5' },
      { ...base, createdAt: 'yesterday' },
    ]) {
      expect(() => toCallLogRow(invalid)).toThrow(ContextStoreError);
    }
  });
});
