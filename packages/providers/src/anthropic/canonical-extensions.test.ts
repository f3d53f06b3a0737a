import { describe, expect, it } from 'vitest';
import { readStopSequence } from './canonical-extensions.js';

describe('readStopSequence', () => {
  it('reads a textual stop_reason and ignores stop token ids', () => {
    expect([
      readStopSequence({ stop_reason: 'END' }),
      readStopSequence({ stop_reason: 128009 }),
      readStopSequence({ stop_reason: null }),
      readStopSequence({}),
    ]).toEqual(['END', undefined, undefined, undefined]);
  });
});
