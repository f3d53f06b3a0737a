import { describe, expect, it } from 'vitest';
import type { TaskEvidence } from './measure-task-evidence.js';
import { NO_EVIDENCE } from './no-evidence.test-helper.js';
import { scoreDifficulty, type DifficultyContext } from './score-difficulty.js';


const CONTEXT: DifficultyContext = {
  taskType: 'question_answering',
  estimatedTokens: 50,
  userTurns: 1,
  needsTools: false,
  needsVision: false,
  needsJson: false,
};

function difficulty(evidence: Partial<TaskEvidence>, context: Partial<DifficultyContext> = {}): number {
  return scoreDifficulty({ ...NO_EVIDENCE, ...evidence }, { ...CONTEXT, ...context }).difficulty;
}

describe('scoreDifficulty', () => {
  it('rises with each property that makes a task hard', () => {
    const base = difficulty({});
    for (const hard of [
      { code: 4 },
      { math: 4 },
      { reasoning: 4 },
      { constraints: 3 },
      { hardQualifiers: 2 },
      { proofOrSteps: 1 },
      { structuredOutput: 1 },
      { characterLevel: 1 },
    ]) {
      expect(difficulty(hard), JSON.stringify(hard)).toBeGreaterThan(base);
    }
    expect(difficulty({}, { estimatedTokens: 5_000 })).toBeGreaterThan(base);
    expect(difficulty({}, { needsJson: true })).toBeGreaterThan(base);
  });

  it('falls for open-ended writing, chat and translation', () => {
    const base = difficulty({});
    expect(difficulty({ creative: 4 })).toBeLessThan(base);
    expect(difficulty({ chat: 1 })).toBeLessThan(base);
    expect(difficulty({ translation: 6 })).toBeLessThan(base);
  });

  it('counts code and math as subject matter when the task is to summarise or translate it', () => {
    expect(difficulty({ math: 5 }, { taskType: 'summarization' })).toBeLessThan(difficulty({ math: 5 }, { taskType: 'math' }));
  });

  it('stays within [0, 1] for extreme evidence', () => {
    const huge = 1e12;
    const all = Object.fromEntries(Object.keys(NO_EVIDENCE).map((key) => [key, huge]));
    for (const value of [difficulty(all, { estimatedTokens: huge, userTurns: huge }), difficulty({ creative: huge, chat: huge })]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('lists only features that moved the score', () => {
    const { signals } = scoreDifficulty({ ...NO_EVIDENCE, code: 3 }, { ...CONTEXT, taskType: 'code' });
    expect(signals.map((signal) => signal.name).sort()).toEqual(['code', 'length', 'task_type:code']);
  });
});
