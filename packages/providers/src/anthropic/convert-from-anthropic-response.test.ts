import { describe, expect, it } from 'vitest';
import { anthropicMessage, anthropicUsage } from './anthropic-fixtures.test-helper.js';
import { convertFromAnthropicResponse } from './convert-from-anthropic-response.js';

const created = 1_760_000_000;

describe('convertFromAnthropicResponse', () => {
  it('turns thinking, text and tool_use blocks into a chat completion with tool calls', () => {
    const message = anthropicMessage({
      id: 'msg_01WeatherTurn',
      content: [
        { type: 'thinking', thinking: 'The user wants two cities. ', signature: 'EqQBCgIYAhIM' },
        { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' },
        { type: 'thinking', thinking: 'I will call the tool twice.', signature: 'EqQBCgIYAhIN' },
        { type: 'text', text: 'Let me check ', citations: null },
        { type: 'text', text: 'both cities.', citations: null },
        { type: 'tool_use', id: 'toolu_paris', name: 'get_weather', input: { city: 'Paris' }, caller: { type: 'direct' } },
        { type: 'tool_use', id: 'toolu_oslo', name: 'get_weather', input: { city: 'Oslo', unit: 'c' }, caller: { type: 'direct' } },
      ],
      stop_reason: 'tool_use',
      usage: anthropicUsage({ input_tokens: 412, output_tokens: 96, cache_read_input_tokens: 2048, cache_creation_input_tokens: 120 }),
    });

    expect(convertFromAnthropicResponse(message, { model: 'claude-sonnet', created })).toEqual({
      id: 'chatcmpl-msg_01WeatherTurn',
      object: 'chat.completion',
      created,
      model: 'claude-sonnet',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Let me check both cities.',
            refusal: null,
            tool_calls: [
              { id: 'toolu_paris', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
              { id: 'toolu_oslo', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo","unit":"c"}' } },
            ],
            reasoning_content: 'The user wants two cities. I will call the tool twice.',
          },
          finish_reason: 'tool_calls',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: 2580,
        completion_tokens: 96,
        total_tokens: 2676,
        prompt_tokens_details: { cached_tokens: 2048, cache_write_tokens: 120 },
      },
    });
  });

  it('returns the forced JSON tool’s input as content with finish reason stop in JSON mode', () => {
    const message = anthropicMessage({
      content: [
        {
          type: 'tool_use',
          id: 'toolu_json',
          name: 'gw_json_response',
          input: { items: ['espresso', 'espresso', 'croissant'], total_eur: 7.5 },
          caller: { type: 'direct' },
        },
      ],
      stop_reason: 'tool_use',
    });

    expect(convertFromAnthropicResponse(message, { model: 'claude-haiku', created, jsonMode: { toolName: 'gw_json_response' } })).toEqual({
      id: 'chatcmpl-msg_01Aq9w938a90dw8q',
      object: 'chat.completion',
      created,
      model: 'claude-haiku',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: '{"items":["espresso","espresso","croissant"],"total_eur":7.5}', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 } },
    });
  });

  it('names the stop sequence that ended the answer', () => {
    const message = anthropicMessage({
      content: [{ type: 'text', text: 'Step 1: preheat the oven.', citations: null }],
      stop_reason: 'stop_sequence',
      stop_sequence: 'Step 2',
    });

    expect(convertFromAnthropicResponse(message, { model: 'claude-sonnet', created }).choices).toEqual([
      {
        index: 0,
        message: { role: 'assistant', content: 'Step 1: preheat the oven.', refusal: null },
        finish_reason: 'stop',
        logprobs: null,
        stop_reason: 'Step 2',
      },
    ]);
  });

  it('maps max_tokens to length and refusal to content_filter', () => {
    const finishReasonOf = (stopReason: 'max_tokens' | 'refusal') =>
      convertFromAnthropicResponse(anthropicMessage({ content: [{ type: 'text', text: 'Partial', citations: null }], stop_reason: stopReason }), {
        model: 'claude-sonnet',
        created,
      }).choices[0]?.finish_reason;
    expect([finishReasonOf('max_tokens'), finishReasonOf('refusal')]).toEqual(['length', 'content_filter']);
  });
});
