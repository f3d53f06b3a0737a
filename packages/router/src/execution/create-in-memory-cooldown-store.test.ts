import { describe, expect, it } from 'vitest';
import { createInMemoryCooldownStore } from './create-in-memory-cooldown-store.js';

describe('createInMemoryCooldownStore', () => {
  it('opens after N consecutive failures, lets one probe through after the period, and closes on success', async () => {
    let time = 0;
    const store = createInMemoryCooldownStore({ failureThreshold: 2, cooldownMs: 1_000, now: () => time });
    expect(await store.recordFailure('p/m')).toBe('closed');
    expect(await store.acquire('p/m')).toBe('closed');
    expect(await store.recordFailure('p/m')).toBe('open');
    expect(await store.acquire('p/m')).toBe('open');
    time = 1_000;
    expect(await store.acquire('p/m')).toBe('probe');
    expect(await store.acquire('p/m')).toBe('open');
    await store.recordSuccess('p/m');
    expect(await store.acquire('p/m')).toBe('closed');
  });

  it('a failed probe reopens the circuit for another period; a success in between resets the count', async () => {
    let time = 0;
    const store = createInMemoryCooldownStore({ failureThreshold: 2, cooldownMs: 1_000, now: () => time });
    await store.recordFailure('k');
    await store.recordSuccess('k');
    expect(await store.recordFailure('k')).toBe('closed');
    expect(await store.recordFailure('k')).toBe('open');
    time = 1_500;
    expect(await store.acquire('k')).toBe('probe');
    expect(await store.recordFailure('k')).toBe('open');
    time = 2_000;
    expect(await store.acquire('k')).toBe('open');
    time = 2_500;
    expect(await store.acquire('k')).toBe('probe');
  });
});
