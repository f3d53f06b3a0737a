import { tierForDifficulty } from './difficulty-thresholds.js';
import type { QualityLevel } from './quality-level.js';

export interface StartTierChoice {
  readonly tier: number;
  readonly reason: string;
}

export interface StartTierPolicy {
  readonly defaultTier: number;
  readonly maxTier: number;
  readonly difficultyThresholds: readonly number[];
}

/** Difficulty picks a tier, the quality level can only raise it, and the result stays in [defaultTier, maxTier]. */
export function chooseStartTier(difficulty: number, quality: QualityLevel, policy: StartTierPolicy): StartTierChoice {
  const fromDifficulty = tierForDifficulty(difficulty, policy.difficultyThresholds);
  const parts = [`difficulty ${difficulty.toFixed(2)} → tier ${fromDifficulty}`];
  let tier = fromDifficulty;
  if (quality === 'high') {
    tier += 1;
    parts.push(`quality high → tier ${tier}`);
  } else if (quality === 'critical') {
    tier = policy.maxTier;
    parts.push(`quality critical → max tier ${tier}`);
  }
  if (tier > policy.maxTier) {
    tier = policy.maxTier;
    parts.push(`capped at max tier ${tier}`);
  }
  if (tier < policy.defaultTier) {
    tier = policy.defaultTier;
    parts.push(`raised to default tier ${tier}`);
  }
  return { tier, reason: parts.join('; ') };
}
