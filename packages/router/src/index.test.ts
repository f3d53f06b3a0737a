import { describe, expect, it } from 'vitest';
import * as router from './index.js';

describe('@gw/router public API', () => {
  it('exports the task analysis API', () => {
    expect(Object.keys(router)).toEqual(
      expect.arrayContaining(['analyzeTask', 'DEFAULT_LONG_CONTEXT_TOKENS', 'TASK_CAPABILITIES', 'TASK_TYPES']),
    );
    expect(router.DEFAULT_LONG_CONTEXT_TOKENS).toBe(32_000);
    expect(router.analyzeTask([{ role: 'user', content: 'hi' }]).taskType).toBe('question_answering');
  });
});
