import { describe, expect, it } from 'vitest';
import { analyzeTask } from '../analyze-task/analyze-task.js';
import { LABELLED_EXAMPLES } from '../analyze-task/labelled-examples.test-helper.js';
import { tierForDifficulty } from '../policy/difficulty-thresholds.js';
import { calibrateThresholds } from './calibrate-thresholds.js';

const samples = LABELLED_EXAMPLES.map((example) => example.messages);

describe('calibrateThresholds', () => {
  it.each([0.1, 0.3, 0.5])('puts about %s of the samples on the strong tiers', (share) => {
    const result = calibrateThresholds(samples, { targetStrongShare: share });
    expect(result.difficultyThresholds).toHaveLength(3);
    expect(result.difficultyThresholds).toEqual([...result.difficultyThresholds].sort((left, right) => left - right));
    // Ties in the scores move together, so allow a few samples of slack.
    expect(Math.abs(result.strongShare - share)).toBeLessThan(0.06);
    const recount = samples.filter((messages) => tierForDifficulty(analyzeTask(messages).difficulty, result.difficultyThresholds) >= 2).length;
    expect(recount / samples.length).toBeCloseTo(result.strongShare, 10);
  });

  it('accepts prompt strings, other tier layouts, and the extremes', () => {
    const prompts = ['hi', 'thanks!', 'Prove that there are infinitely many primes.', 'Write a lock-free queue in C++ with tests.'];
    const none = calibrateThresholds(prompts, { targetStrongShare: 0, tiers: 3, strongTier: 2 });
    expect(none.difficultyThresholds).toHaveLength(2);
    expect(none.strongShare).toBe(0);
    const all = calibrateThresholds(prompts, { targetStrongShare: 1, tiers: 3, strongTier: 1 });
    expect(all.strongShare).toBe(1);
    expect(() => calibrateThresholds([], { targetStrongShare: 0.3 })).toThrow(RangeError);
    expect(() => calibrateThresholds(prompts, { targetStrongShare: 1.5 })).toThrow(RangeError);
  });
});
