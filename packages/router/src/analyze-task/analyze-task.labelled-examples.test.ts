import { describe, expect, it } from 'vitest';
import { analyzeTask } from './analyze-task.js';
import { LABELLED_EXAMPLES, type DifficultyBand, type LabelledExample } from './labelled-examples.test-helper.js';
import { TASK_TYPES, type TaskAnalysis } from './task-analysis.js';

interface Scored {
  readonly example: LabelledExample;
  readonly analysis: TaskAnalysis;
}

const scored: readonly Scored[] = LABELLED_EXAMPLES.map((example) => ({
  example,
  analysis: analyzeTask(example.messages, example.options),
}));

function difficultiesOf(band: DifficultyBand): number[] {
  return scored.filter(({ example }) => example.band === band).map(({ analysis }) => analysis.difficulty);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Probability that a random hard example scores above a random easy one (ties count half). */
function areaUnderCurve(positives: readonly number[], negatives: readonly number[]): number {
  let wins = 0;
  for (const positive of positives) {
    for (const negative of negatives) wins += positive > negative ? 1 : positive === negative ? 0.5 : 0;
  }
  return wins / (positives.length * negatives.length);
}

function confusionSummary(): string {
  const lines = ['expected → predicted (count), misclassified examples:'];
  const cells = new Map<string, number>();
  for (const { example, analysis } of scored) {
    const key = `${example.taskType} → ${analysis.taskType}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  for (const [key, count] of [...cells].sort()) lines.push(`  ${key}: ${count}`);
  for (const { example, analysis } of scored) {
    if (example.taskType !== analysis.taskType) {
      lines.push(`  ✗ ${example.name}: expected ${example.taskType}, got ${analysis.taskType}`);
    }
  }
  return lines.join('\n');
}

describe('analyzeTask on our own labelled examples', () => {
  it('has at least 120 varied examples covering every task type and band', () => {
    expect(LABELLED_EXAMPLES.length).toBeGreaterThanOrEqual(120);
    for (const taskType of TASK_TYPES) {
      expect(LABELLED_EXAMPLES.filter((example) => example.taskType === taskType).length, taskType).toBeGreaterThanOrEqual(5);
    }
    for (const band of ['easy', 'medium', 'hard'] as const) {
      expect(difficultiesOf(band).length, band).toBeGreaterThanOrEqual(30);
    }
    expect(new Set(LABELLED_EXAMPLES.map((example) => example.name)).size).toBe(LABELLED_EXAMPLES.length);
  });

  it('classifies at least 85% of the examples into their task type', () => {
    const correct = scored.filter(({ example, analysis }) => example.taskType === analysis.taskType).length;
    expect(correct / scored.length, confusionSummary()).toBeGreaterThanOrEqual(0.85);
  });

  it('scores hard examples above medium ones and medium above easy ones on average', () => {
    const easy = mean(difficultiesOf('easy'));
    const medium = mean(difficultiesOf('medium'));
    const hard = mean(difficultiesOf('hard'));
    expect(hard).toBeGreaterThan(medium);
    expect(medium).toBeGreaterThan(easy);
  });

  it('separates hard from easy examples with an AUC of at least 0.85', () => {
    expect(areaUnderCurve(difficultiesOf('hard'), difficultiesOf('easy'))).toBeGreaterThanOrEqual(0.85);
  });

  it('ranks the tricky pairs the right way round', () => {
    const difficultyOf = (name: string): number => {
      const match = scored.find(({ example }) => example.name === name);
      if (match === undefined) throw new Error(`no labelled example named ${name}`);
      return match.analysis.difficulty;
    };
    // A short but hard math question outranks a long but easy writing request.
    expect(difficultyOf('modular power')).toBeGreaterThan(difficultyOf('long but easy blog post'));
    // Reviewing code for races outranks a haiku about code.
    expect(difficultyOf('go race condition review')).toBeGreaterThan(difficultyOf('haiku about debugging code'));
    // A proof outranks a one-step equation.
    expect(difficultyOf('sqrt 2 irrational proof')).toBeGreaterThan(difficultyOf('linear equation'));
    // Structured extraction from a table outranks translating a paragraph.
    expect(difficultyOf('stock shortfall from table')).toBeGreaterThan(difficultyOf('store notice to german'));
  });
});
