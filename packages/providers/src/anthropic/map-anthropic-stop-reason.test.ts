import { describe, expect, it } from 'vitest';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';

describe('mapAnthropicStopReason', () => {
  it('maps every Anthropic stop reason', () => {
    expect({
      end_turn: mapAnthropicStopReason('end_turn'),
      stop_sequence: mapAnthropicStopReason('stop_sequence'),
      max_tokens: mapAnthropicStopReason('max_tokens'),
      tool_use: mapAnthropicStopReason('tool_use'),
      refusal: mapAnthropicStopReason('refusal'),
      pause_turn: mapAnthropicStopReason('pause_turn'),
    }).toEqual({
      end_turn: 'stop',
      stop_sequence: 'stop',
      max_tokens: 'length',
      tool_use: 'tool_calls',
      refusal: 'content_filter',
      pause_turn: 'stop',
    });
  });

  it('reads a missing reason as stop', () => {
    expect([mapAnthropicStopReason(null), mapAnthropicStopReason(undefined)]).toEqual(['stop', 'stop']);
  });
});
