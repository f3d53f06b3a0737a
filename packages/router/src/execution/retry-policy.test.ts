import { describe, expect, it } from 'vitest';
import { computeBackoffMs, DEFAULT_RETRY_POLICY } from './retry-policy.js';

describe('computeBackoffMs', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles per retry with equal jitter and is capped', () => {
    expect(computeBackoffMs(1, policy, () => 0)).toBe(50);
    expect(computeBackoffMs(1, policy, () => 1)).toBe(100);
    expect(computeBackoffMs(3, policy, () => 0.5)).toBe(300);
    expect(computeBackoffMs(10, policy, () => 1)).toBe(1_000);
  });
});
