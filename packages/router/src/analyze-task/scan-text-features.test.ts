import { describe, expect, it } from 'vitest';
import { scanTextFeatures } from './scan-text-features.js';
import { createFeatureCounts, Feature, type FeatureName } from './text-feature.js';

function scan(text: string, payloadStart = 0, payloadEnd = 0): { counts: Record<FeatureName, number>; nonAscii: number } {
  const counts = createFeatureCounts();
  const nonAscii = scanTextFeatures(text, 0, text.length, counts, 1, payloadStart, payloadEnd);
  const named = Object.fromEntries(
    (Object.keys(Feature) as FeatureName[]).map((name) => [name, counts[Feature[name]] ?? 0]),
  ) as Record<FeatureName, number>;
  return { counts: named, nonAscii };
}

describe('scanTextFeatures', () => {
  it('finds words of each category, case-insensitively', () => {
    const { counts } = scan('Write a Poem, then TRANSLATE it into French and Summarize it.');
    expect(counts.writeVerb).toBe(1);
    expect(counts.creativeNoun).toBe(1);
    expect(counts.translate).toBeGreaterThanOrEqual(2); // the verb, and the phrase "into french"
    expect(counts.languageName).toBe(1);
    expect(counts.summary).toBe(1);
  });

  it('matches phrases across hyphens but not across sentences', () => {
    expect(scan('Solve it step-by-step.').counts.stepByStep).toBe(1);
    expect(scan('Think step by step').counts.stepByStep).toBe(1);
    expect(scan('One step. By step we go.').counts.stepByStep).toBe(0);
    expect(scan('Act as a pirate.').counts.roleplay).toBe(1);
    expect(scan('in the style of Poe').counts.creativeNoun).toBe(1); // a four-word phrase
  });

  it('reads typographic apostrophes like plain ones', () => {
    expect(scan('You don’t need to').counts.constraint).toBe(scan("You don't need to").counts.constraint);
  });

  it('counts code structure', () => {
    const { counts } = scan('```ts\nconst total = items.reduce((sum, item) => sum + item.price, 0);\nif (a !== b) {\n  run();\n}\n```');
    expect(counts.fence).toBe(2);
    expect(counts.codeLineEnd).toBe(4);
    expect(counts.codeOperator).toBeGreaterThanOrEqual(2);
    expect(counts.callParenthesis).toBeGreaterThanOrEqual(2);
    expect(counts.indentedLine).toBe(1);
    // Operators inside code are not arithmetic.
    expect(counts.equation).toBe(0);
    expect(counts.mathOperator).toBe(0);
  });

  it('treats inline code as code', () => {
    const { counts } = scan('Rename `tmp = x + 1` please');
    expect(counts.inlineCode).toBe(2);
    expect(counts.equation).toBe(0);
    expect(counts.mathOperator).toBe(0);
    expect(counts.singleLetter).toBe(0);
  });

  it('recognises identifiers, SQL and language names with symbols', () => {
    const { counts } = scan('getUserName reads max_retries. SELECT id FROM users; Select it from here. C++ or C#');
    expect(counts.camelCase).toBe(1);
    expect(counts.snakeCase).toBe(1);
    expect(counts.codeKeyword).toBe(2);
    expect(counts.codeTerm).toBe(2);
  });

  it('counts math notation', () => {
    const { counts } = scan('Solve 3x + 7 = 22, then x^2 - 4 and \\frac{1}{2} ≤ y');
    expect(counts.mathOperator).toBeGreaterThanOrEqual(3);
    expect(counts.equation).toBe(1);
    expect(counts.exponent).toBe(1);
    expect(counts.mathNotation).toBe(2);
    expect(counts.singleLetter).toBe(3);
  });

  it('does not read dates, versions, ranges or escapes as arithmetic', () => {
    const { counts } = scan("Released 2024-05-01, v1.2.3, pages 10-12, print('a\\nb'), e.g. this, well-known");
    expect(counts.mathOperator).toBe(0);
    expect(counts.mathNotation).toBe(0);
    expect(counts.singleLetter).toBe(0);
  });

  it('counts explicit constraints and number-plus-unit limits', () => {
    const { counts } = scan('Answer in exactly 100 words, at least three paragraphs, and a 500-word summary.');
    expect(counts.unitConstraint).toBe(3);
    expect(counts.constraint).toBe(2);
  });

  it('counts list items and table rows', () => {
    const { counts } = scan('- apples\n* pears\n1. first\n2) second\n| a | b |\n|---|---|\nx\ty\tz');
    expect(counts.listItem).toBe(4);
    expect(counts.tableLine).toBe(3);
  });

  it('returns the number of non-ASCII characters and keeps accented words whole', () => {
    const { counts, nonAscii } = scan('Je suis très fatigué für 你好');
    expect(nonAscii).toBe(5);
    expect(counts.singleLetter).toBe(0);
  });

  it('weighs words in pasted material less, but not structure', () => {
    const text = 'Summarize this. Once upon a time there was a story about a poem. x = 1 + 2. Thanks';
    const payloadStart = text.indexOf('Once');
    const payloadEnd = text.indexOf('Thanks');
    const { counts } = scan(text, payloadStart, payloadEnd);
    expect(counts.summary).toBe(1);
    expect(counts.creativeNoun).toBeCloseTo(0.6);
    expect(counts.equation).toBe(1);
  });

  it('scales every count by the weight and scans only the given range', () => {
    const counts = createFeatureCounts();
    const text = 'ignored poem | Write a poem | ignored poem';
    const start = text.indexOf('Write');
    scanTextFeatures(text, start, start + 'Write a poem'.length, counts, 0.5, 0, 0);
    expect(counts[Feature.creativeNoun]).toBe(0.5);
    expect(counts[Feature.writeVerb]).toBe(0.5);
  });
});
