import { describe, expect, it } from 'vitest';
import { measureTaskEvidence, saturate } from './measure-task-evidence.js';
import { createFeatureCounts, Feature } from './text-feature.js';

describe('saturate', () => {
  it('is 0 at 0, one half at the half point and below 1 beyond', () => {
    expect(saturate(0, 2)).toBe(0);
    expect(saturate(-3, 2)).toBe(0);
    expect(saturate(2, 2)).toBe(0.5);
    expect(saturate(1e9, 2)).toBeLessThan(1);
  });
});

describe('measureTaskEvidence', () => {
  it('credits "write" to writing only alongside a writing noun', () => {
    const verbOnly = createFeatureCounts();
    verbOnly[Feature.writeVerb] = 1;
    verbOnly[Feature.writingNoun] = 0;
    expect(measureTaskEvidence(verbOnly).creative).toBe(0);
    const verbAndNoun = createFeatureCounts();
    verbAndNoun[Feature.writeVerb] = 1;
    verbAndNoun[Feature.writingNoun] = 1;
    expect(measureTaskEvidence(verbAndNoun).creative).toBeGreaterThan(2);
  });

  it('lets numbers add to math only when there is other math', () => {
    const numbersOnly = createFeatureCounts();
    numbersOnly[Feature.number] = 10;
    expect(measureTaskEvidence(numbersOnly).math).toBe(0);
    numbersOnly[Feature.mathTerm] = 1;
    expect(measureTaskEvidence(numbersOnly).math).toBeGreaterThan(1.4);
  });

  it('caps what code structure alone can add', () => {
    const structure = createFeatureCounts();
    structure[Feature.brace] = 1_000;
    structure[Feature.codeLineEnd] = 1_000;
    expect(measureTaskEvidence(structure).code).toBeLessThan(4);
  });
});
