import type { CanonicalMessage } from '@gw/providers';
import { analyzeTask } from '../analyze-task/analyze-task.js';
import { tierForDifficulty } from '../policy/difficulty-thresholds.js';

/** A sample request: a prompt (one user message) or a whole message list. */
export type CalibrationSample = string | readonly CanonicalMessage[];

export interface CalibrateThresholdsOptions {
  /** Share of samples (0–1) that should start on the strong tier(s). */
  readonly targetStrongShare: number;
  /** Number of tiers (default 4: tiers 0–3). */
  readonly tiers?: number;
  /** First tier counted as strong (default: the upper half, tier 2 of 0–3). */
  readonly strongTier?: number;
}

export interface CalibrationResult {
  /** Pass as `difficultyThresholds` to `createRouter`. */
  readonly difficultyThresholds: number[];
  readonly sampleCount: number;
  /** The share of the samples that these thresholds start on the strong tier(s) (ties can push it above the target). */
  readonly strongShare: number;
  /** Share of the samples starting on each tier. */
  readonly tierShares: number[];
}

function shareAtOrAbove(tier: number, tiers: number, strongTier: number, strongShare: number): number {
  if (tier >= strongTier) return (strongShare * (tiers - tier)) / (tiers - strongTier);
  return strongShare + ((1 - strongShare) * (strongTier - tier)) / strongTier;
}

/** The difficulty above which `share` of the sorted scores lie: halfway between neighbours, so it does not sit on a sample. */
function quantileThreshold(sorted: readonly number[], share: number): number {
  const count = sorted.length;
  const index = count - Math.round(share * count);
  if (index <= 0) return 0;
  if (index >= count) {
    const highest = sorted[count - 1]!;
    return highest < 1 ? (highest + 1) / 2 : 1;
  }
  return (sorted[index - 1]! + sorted[index]!) / 2;
}

/**
 * RouteLLM-style calibration: score each sample with `analyzeTask`, then put the thresholds at
 * quantiles of those scores so that `targetStrongShare` of the samples starts on the strong tier(s).
 * The weak share is split evenly over the tiers below, the strong share over the strong tiers.
 */
export function calibrateThresholds(samples: readonly CalibrationSample[], options: CalibrateThresholdsOptions): CalibrationResult {
  const tiers = options.tiers ?? 4;
  const strongTier = options.strongTier ?? Math.ceil(tiers / 2);
  const target = options.targetStrongShare;
  if (!Number.isInteger(tiers) || tiers < 2) throw new RangeError('tiers must be an integer of at least 2');
  if (!Number.isInteger(strongTier) || strongTier < 1 || strongTier >= tiers) throw new RangeError(`strongTier must be an integer from 1 to ${tiers - 1}`);
  if (!(target >= 0 && target <= 1)) throw new RangeError('targetStrongShare must be between 0 and 1');
  if (samples.length === 0) throw new RangeError('calibration needs at least one sample');

  const difficulties = samples
    .map((sample) => analyzeTask(typeof sample === 'string' ? [{ role: 'user', content: sample }] : sample).difficulty)
    .sort((left, right) => left - right);
  const difficultyThresholds: number[] = [];
  for (let tier = 1; tier < tiers; tier++) {
    const threshold = quantileThreshold(difficulties, shareAtOrAbove(tier, tiers, strongTier, target));
    difficultyThresholds.push(Math.max(threshold, difficultyThresholds[tier - 2] ?? 0));
  }
  const counts = Array.from({ length: tiers }, () => 0);
  for (const difficulty of difficulties) counts[tierForDifficulty(difficulty, difficultyThresholds)]! += 1;
  const tierShares = counts.map((count) => count / difficulties.length);
  const strongShare = tierShares.slice(strongTier).reduce((sum, share) => sum + share, 0);
  return { difficultyThresholds, sampleCount: difficulties.length, strongShare, tierShares };
}
