import { describe, expect, it } from 'vitest';
import { mapFinishReasonToAnthropic } from './map-finish-reason-to-anthropic.js';

describe('mapFinishReasonToAnthropic', () => {
  it('maps every OpenAI finish reason', () => {
    expect({
      stop: mapFinishReasonToAnthropic('stop'),
      length: mapFinishReasonToAnthropic('length'),
      tool_calls: mapFinishReasonToAnthropic('tool_calls'),
      function_call: mapFinishReasonToAnthropic('function_call'),
      content_filter: mapFinishReasonToAnthropic('content_filter'),
      none: mapFinishReasonToAnthropic(null),
    }).toEqual({
      stop: 'end_turn',
      length: 'max_tokens',
      tool_calls: 'tool_use',
      function_call: 'tool_use',
      content_filter: 'refusal',
      none: null,
    });
  });

  it('keeps stop_sequence when the stop sequence is known', () => {
    expect(mapFinishReasonToAnthropic('stop', { stopSequence: '\n\nHuman:' })).toBe('stop_sequence');
    expect(mapFinishReasonToAnthropic('stop', { stopSequence: null })).toBe('end_turn');
    expect(mapFinishReasonToAnthropic('length', { stopSequence: 'END' })).toBe('max_tokens');
  });
});
