import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import { describe, expect, it } from 'vitest';
import type { CanonicalChunk } from '../canonical-types.js';
import type { CanonicalChunkChoice } from './canonical-extensions.js';
import { createAnthropicEventEncoder } from './create-anthropic-event-encoder.js';

const base = { id: 'chatcmpl-B9MBs8Cjcv', object: 'chat.completion.chunk', created: 1_760_000_000, model: 'gpt-4o-mini' } as const;
const chunk = (delta: Record<string, unknown>, finishReason: string | null = null): CanonicalChunk =>
  ({ ...base, choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] }) as CanonicalChunk;

function encodeAll(chunks: CanonicalChunk[], finish = true): RawMessageStreamEvent[] {
  const encoder = createAnthropicEventEncoder({ model: 'claude-sonnet-4-5', inputTokens: 900 });
  const events = chunks.flatMap((item) => encoder.push(item));
  return finish ? [...events, ...encoder.finish()] : events;
}

const messageStart: RawMessageStreamEvent = {
  type: 'message_start',
  message: {
    id: 'msg_B9MBs8Cjcv',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-5',
    content: [],
    stop_reason: null,
    stop_sequence: null,
    stop_details: null,
    container: null,
    usage: {
      input_tokens: 900,
      output_tokens: 0,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
      cache_creation: null,
      inference_geo: null,
      server_tool_use: null,
      service_tier: null,
    },
  },
};

describe('createAnthropicEventEncoder', () => {
  it('encodes reasoning, text and two tool calls in Anthropic order, holding message_delta for the usage chunk', () => {
    const usage = { prompt_tokens: 1500, completion_tokens: 42, total_tokens: 1542, prompt_tokens_details: { cached_tokens: 1024 } };
    const events = encodeAll(
      [
        chunk({ role: 'assistant', content: '' }),
        chunk({ reasoning_content: 'Two cities.' }),
        chunk({ content: 'Checking ' }),
        chunk({ content: 'both.' }),
        chunk({ tool_calls: [{ index: 0, id: 'call_paris', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        chunk({ tool_calls: [{ index: 1, id: 'call_oslo', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] }),
        chunk({}, 'tool_calls'),
        { ...base, choices: [], usage },
      ],
      false,
    );

    expect(events).toEqual([
      messageStart,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Two cities.' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '', citations: null } },
      { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Checking ' } },
      { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'both.' } },
      { type: 'content_block_stop', index: 1 },
      {
        type: 'content_block_start',
        index: 2,
        content_block: { type: 'tool_use', id: 'call_paris', name: 'get_weather', input: {}, caller: { type: 'direct' } },
      },
      { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{"city":' } },
      { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '"Paris"}' } },
      { type: 'content_block_stop', index: 2 },
      {
        type: 'content_block_start',
        index: 3,
        content_block: { type: 'tool_use', id: 'call_oslo', name: 'get_weather', input: {}, caller: { type: 'direct' } },
      },
      { type: 'content_block_delta', index: 3, delta: { type: 'input_json_delta', partial_json: '{"city":"Oslo"}' } },
      { type: 'content_block_stop', index: 3 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null, stop_details: null, container: null },
        usage: { input_tokens: 476, output_tokens: 42, cache_read_input_tokens: 1024, cache_creation_input_tokens: 0, server_tool_use: null },
      },
      { type: 'message_stop' },
    ]);
  });

  it('sends message_delta from finish() when no usage chunk comes, and only once', () => {
    const encoder = createAnthropicEventEncoder({ model: 'claude-sonnet-4-5', messageId: 'msg_fixed' });
    const stoppedBySequence: CanonicalChunkChoice = { index: 0, delta: {}, finish_reason: 'stop', logprobs: null, stop_reason: 'Step 2' };
    const streamed = [
      ...encoder.push(chunk({ role: 'assistant', content: 'Step 1' })),
      ...encoder.push({ ...base, choices: [stoppedBySequence] }),
    ];
    const finished = encoder.finish();

    expect({ streamed, finished, again: encoder.finish(), afterEnd: encoder.push(chunk({ content: 'late' })) }).toEqual({
      streamed: [
        { ...messageStart, message: { ...messageStart.message, id: 'msg_fixed', usage: { ...messageStart.message.usage, input_tokens: 0 } } },
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: null } },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Step 1' } },
        { type: 'content_block_stop', index: 0 },
      ],
      finished: [
        {
          type: 'message_delta',
          delta: { stop_reason: 'stop_sequence', stop_sequence: 'Step 2', stop_details: null, container: null },
          usage: { input_tokens: null, output_tokens: 0, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null },
        },
        { type: 'message_stop' },
      ],
      again: [],
      afterEnd: [],
    });
  });

  it('ends at once when usage rides on the finish chunk, and starts a new block when text follows a tool call', () => {
    const events = encodeAll(
      [
        chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'ping', arguments: '{}' } }] }),
        chunk({ content: 'Done.' }),
        { ...chunk({}, 'length'), usage: { prompt_tokens: 10, completion_tokens: 3, total_tokens: 13 } },
      ],
      false,
    );
    expect(events).toEqual([
      messageStart,
      { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'call_1', name: 'ping', input: {}, caller: { type: 'direct' } } },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{}' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '', citations: null } },
      { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Done.' } },
      { type: 'content_block_stop', index: 1 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'max_tokens', stop_sequence: null, stop_details: null, container: null },
        usage: { input_tokens: 10, output_tokens: 3, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, server_tool_use: null },
      },
      { type: 'message_stop' },
    ]);
  });

  it('reports a streamed refusal as text with stop_reason refusal', () => {
    const events = encodeAll([chunk({ role: 'assistant', refusal: 'I can’t help with that.' }), chunk({}, 'stop')]);
    expect(events).toEqual([
      messageStart,
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: null } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'I can’t help with that.' } },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'refusal', stop_sequence: null, stop_details: { type: 'refusal', category: null, explanation: null }, container: null },
        usage: { input_tokens: 900, output_tokens: 0, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null },
      },
      { type: 'message_stop' },
    ]);
  });

  it('still produces a complete message when finish() is the first call', () => {
    const encoder = createAnthropicEventEncoder({ model: 'claude-sonnet-4-5', messageId: 'msg_empty' });
    expect(encoder.finish()).toEqual([
      { ...messageStart, message: { ...messageStart.message, id: 'msg_empty', usage: { ...messageStart.message.usage, input_tokens: 0 } } },
      {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null, stop_details: null, container: null },
        usage: { input_tokens: null, output_tokens: 0, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null },
      },
      { type: 'message_stop' },
    ]);
  });
});
