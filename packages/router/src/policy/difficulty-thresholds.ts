/**
 * `thresholds[i]` is the lowest difficulty that starts a task at tier `i + 1` (tier 0 needs none).
 * Chosen so that, on a mixed set of everyday prompts, chat and simple rewrites stay on tiers 0–1,
 * multi-step work starts on tier 2 and only the hardest prompts start on tier 3. Calibration
 * (`calibrateThresholds`) replaces them with quantiles of the operator's own traffic.
 */
export const DEFAULT_DIFFICULTY_THRESHOLDS: readonly number[] = [0.2, 0.5, 0.8];

/** The tier a difficulty maps to: the highest tier whose threshold it reaches (monotonic in difficulty). */
export function tierForDifficulty(difficulty: number, thresholds: readonly number[]): number {
  let tier = 0;
  for (let index = 0; index < thresholds.length; index++) {
    if (difficulty >= thresholds[index]!) tier = index + 1;
  }
  return tier;
}
