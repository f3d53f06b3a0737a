import type { CooldownState, CooldownStore } from './cooldown-store.js';

export interface InMemoryCooldownStoreOptions {
  /** Consecutive failures that open the circuit (default 3). */
  readonly failureThreshold?: number;
  /** How long an open circuit skips the deployment before one probe is let through (default 30 s). */
  readonly cooldownMs?: number;
  readonly now?: () => number;
}

interface Entry {
  failures: number;
  openUntil: number;
  probing: boolean;
}

/** A cooldown store for one process (tests, embedded use). */
export function createInMemoryCooldownStore(options: InMemoryCooldownStoreOptions = {}): CooldownStore {
  const failureThreshold = options.failureThreshold ?? 3;
  const cooldownMs = options.cooldownMs ?? 30_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  return {
    async acquire(key) {
      const entry = entries.get(key);
      if (!entry || entry.openUntil === 0) return 'closed';
      const time = now();
      if (time < entry.openUntil) return 'open';
      // One probe per period: if the prober never reports back, the next period lets another through.
      entry.openUntil = time + cooldownMs;
      entry.probing = true;
      return 'probe';
    },
    async recordSuccess(key) {
      entries.delete(key);
    },
    async recordFailure(key): Promise<CooldownState> {
      const entry = entries.get(key) ?? { failures: 0, openUntil: 0, probing: false };
      entry.failures += 1;
      entries.set(key, entry);
      if (entry.probing || entry.failures >= failureThreshold) {
        entry.openUntil = now() + cooldownMs;
        entry.probing = false;
        return 'open';
      }
      return 'closed';
    },
  };
}
