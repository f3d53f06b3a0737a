import { describe, expect, it } from 'vitest';
import type { CanonicalResponse } from '../canonical-types.js';
import { convertToAnthropicResponse } from './convert-to-anthropic-response.js';
import { TranslationError } from './translation-error.js';

function canonicalResponse(choice: Record<string, unknown>, usage?: CanonicalResponse['usage']): CanonicalResponse {
  return {
    id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
    object: 'chat.completion',
    created: 1_760_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, logprobs: null, ...choice } as CanonicalResponse['choices'][number]],
    ...(usage === undefined ? {} : { usage }),
  };
}

describe('convertToAnthropicResponse', () => {
  it('turns reasoning, text and tool calls into thinking, text and tool_use blocks with Anthropic usage', () => {
    const response = canonicalResponse(
      {
        message: {
          role: 'assistant',
          content: 'Let me check both cities.',
          refusal: null,
          reasoning_content: 'Two cities, two calls.',
          tool_calls: [
            { id: 'call_paris', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_oslo', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
          ],
        },
        finish_reason: 'tool_calls',
      },
      { prompt_tokens: 1500, completion_tokens: 64, total_tokens: 1564, prompt_tokens_details: { cached_tokens: 1024 } },
    );

    expect(convertToAnthropicResponse(response, { model: 'claude-sonnet-4-5' })).toEqual({
      id: 'msg_B9MBs8CjcvOU2jLn4n570S5qMJKcT',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [
        { type: 'thinking', thinking: 'Two cities, two calls.', signature: '' },
        { type: 'text', text: 'Let me check both cities.', citations: null },
        { type: 'tool_use', id: 'call_paris', name: 'get_weather', input: { city: 'Paris' }, caller: { type: 'direct' } },
        { type: 'tool_use', id: 'call_oslo', name: 'get_weather', input: { city: 'Oslo' }, caller: { type: 'direct' } },
      ],
      stop_reason: 'tool_use',
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: {
        input_tokens: 476,
        output_tokens: 64,
        cache_read_input_tokens: 1024,
        cache_creation_input_tokens: 0,
        cache_creation: null,
        inference_geo: null,
        server_tool_use: null,
        service_tier: null,
      },
    });
  });

  it('keeps stop_sequence when the choice names the sequence, and maps length', () => {
    const stopped = convertToAnthropicResponse(
      canonicalResponse({ message: { role: 'assistant', content: 'Step 1', refusal: null }, finish_reason: 'stop', stop_reason: 'Step 2' }),
      { model: 'claude-sonnet-4-5' },
    );
    const cut = convertToAnthropicResponse(
      canonicalResponse({ message: { role: 'assistant', content: 'Once upon', refusal: null }, finish_reason: 'length' }),
      { model: 'claude-sonnet-4-5' },
    );
    expect([
      { stopReason: stopped.stop_reason, stopSequence: stopped.stop_sequence },
      { stopReason: cut.stop_reason, stopSequence: cut.stop_sequence },
    ]).toEqual([
      { stopReason: 'stop_sequence', stopSequence: 'Step 2' },
      { stopReason: 'max_tokens', stopSequence: null },
    ]);
  });

  it('reports an OpenAI refusal as text with stop_reason refusal', () => {
    const message = convertToAnthropicResponse(
      canonicalResponse({ message: { role: 'assistant', content: null, refusal: 'I can’t help with that.' }, finish_reason: 'stop' }),
      { model: 'claude-sonnet-4-5' },
    );
    expect({ content: message.content, stopReason: message.stop_reason, stopDetails: message.stop_details }).toEqual({
      content: [{ type: 'text', text: 'I can’t help with that.', citations: null }],
      stopReason: 'refusal',
      stopDetails: { type: 'refusal', category: null, explanation: null },
    });
  });

  it('treats upstream tool arguments that are not JSON as a retryable upstream fault', () => {
    let caught: unknown;
    try {
      convertToAnthropicResponse(
        canonicalResponse({
          message: {
            role: 'assistant',
            content: null,
            refusal: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q": ' } }],
          },
          finish_reason: 'tool_calls',
        }),
        { model: 'claude-sonnet-4-5' },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TranslationError);
    expect((caught as TranslationError).toJSON()).toMatchObject({
      code: 'invalid_upstream_response',
      status: 502,
      retryable: true,
      message: expect.stringMatching(/^choices\[0\]\.message\.tool_calls\[0\] \(call_1, lookup\): arguments are not valid JSON/),
    });
  });
});
