import { describe, expect, it } from 'vitest';
import { INSTRUCTION_HEAD_CHARS, scanSampledText, type ScanTally } from './scan-sampled-text.js';
import { createFeatureCounts, Feature } from './text-feature.js';

function tally(): ScanTally {
  return { scannedChars: 0, scannedNonAscii: 0 };
}

describe('scanSampledText', () => {
  it('scans a short text whole and charges the budget', () => {
    const counts = createFeatureCounts();
    const budget = { remaining: 1_000 };
    const scanned = tally();
    scanSampledText('Write a poem.', counts, 1, budget, 1_000, scanned);
    expect(scanned.scannedChars).toBe(13);
    expect(budget.remaining).toBe(987);
    expect(counts[Feature.creativeNoun]).toBe(1);
  });

  it('samples head and tail of a long text within the limit', () => {
    const counts = createFeatureCounts();
    const filler = 'lorem ipsum dolor sit amet '.repeat(4_000);
    const text = `Summarize this.\n${filler}poem in the middle ${filler}\nTranslate the result.`;
    const scanned = tally();
    scanSampledText(text, counts, 1, { remaining: 12_000 }, 12_000, scanned);
    expect(scanned.scannedChars).toBe(12_000);
    expect(counts[Feature.summary]).toBe(1); // in the head
    expect(counts[Feature.translate]).toBe(1); // in the tail
    expect(counts[Feature.creativeNoun]).toBe(0); // in the unsampled middle
  });

  it('stops when the budget is spent', () => {
    const counts = createFeatureCounts();
    const scanned = tally();
    scanSampledText('Write a poem.', counts, 1, { remaining: 0 }, 1_000, scanned);
    expect(scanned.scannedChars).toBe(0);
    expect(counts[Feature.word]).toBe(0);
  });

  it('treats the middle of a long message as pasted material', () => {
    const counts = createFeatureCounts();
    const text = `Summarize the text below.\n${'x'.repeat(INSTRUCTION_HEAD_CHARS)} a poem ${'y'.repeat(INSTRUCTION_HEAD_CHARS)}`;
    scanSampledText(text, counts, 1, { remaining: 12_000 }, 12_000, tally());
    expect(counts[Feature.summary]).toBe(1);
    expect(counts[Feature.creativeNoun]).toBeCloseTo(0.3);
  });
});
