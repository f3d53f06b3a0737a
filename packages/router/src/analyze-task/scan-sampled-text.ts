import { scanTextFeatures } from './scan-text-features.js';
import type { FeatureCounts } from './text-feature.js';

/** Within a text, what lies past the first and before the last this many characters is pasted material. */
export const INSTRUCTION_HEAD_CHARS = 400;
export const INSTRUCTION_TAIL_CHARS = 300;

/** A character allowance shared by several texts (all parts of one message, all earlier turns). */
export interface ScanBudget {
  remaining: number;
}

export interface ScanTally {
  scannedChars: number;
  scannedNonAscii: number;
}

/**
 * Scans `text` into `counts`, at most `min(budget.remaining, perTextLimit)` characters of it. A
 * longer text is sampled: two thirds from its head and a third from its tail, because instructions
 * sit at the start or the end of a message and pasted material in the middle. This keeps the cost
 * of a 1 MB paste at that of a few kilobytes.
 */
export function scanSampledText(
  text: string,
  counts: FeatureCounts,
  weight: number,
  budget: ScanBudget,
  perTextLimit: number,
  tally: ScanTally,
): void {
  const limit = Math.min(budget.remaining, perTextLimit);
  const length = text.length;
  if (limit <= 0 || length === 0) return;
  let nonAscii: number;
  let scanned: number;
  if (length <= limit) {
    const hasPayload = length > INSTRUCTION_HEAD_CHARS + INSTRUCTION_TAIL_CHARS;
    nonAscii = hasPayload
      ? scanTextFeatures(text, 0, length, counts, weight, INSTRUCTION_HEAD_CHARS, length - INSTRUCTION_TAIL_CHARS)
      : scanTextFeatures(text, 0, length, counts, weight, 0, 0);
    scanned = length;
  } else {
    const head = Math.ceil((limit * 2) / 3);
    const tailStart = length - (limit - head);
    nonAscii =
      scanTextFeatures(text, 0, head, counts, weight, INSTRUCTION_HEAD_CHARS, head) +
      scanTextFeatures(text, tailStart, length, counts, weight, tailStart, length - INSTRUCTION_TAIL_CHARS);
    scanned = limit;
  }
  budget.remaining -= scanned;
  tally.scannedChars += scanned;
  tally.scannedNonAscii += nonAscii;
}
