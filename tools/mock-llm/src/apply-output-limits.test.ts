import { describe, expect, it } from 'vitest';
import { applyOutputLimits } from './apply-output-limits.js';

describe('applyOutputLimits', () => {
  it('cuts before the earliest stop sequence', () => {
    expect(applyOutputLimits('one two three', ['three', 'two'], undefined)).toEqual({ text: 'one ', finishReason: 'stop', stopSequence: 'two' });
  });

  it('cuts to max_tokens × 4 characters and finishes with length', () => {
    expect(applyOutputLimits('abcdefghijkl', [], 2)).toEqual({ text: 'abcdefgh', finishReason: 'length', stopSequence: null });
    expect(applyOutputLimits('abcdefgh', [], 2)).toEqual({ text: 'abcdefgh', finishReason: 'stop', stopSequence: null });
  });

  it('lets max_tokens win when it cuts before the stop sequence', () => {
    expect(applyOutputLimits('abcdefghij STOP', ['STOP'], 1)).toEqual({ text: 'abcd', finishReason: 'length', stopSequence: null });
  });
});
