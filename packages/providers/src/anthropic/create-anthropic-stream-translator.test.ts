import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import { describe, expect, it } from 'vitest';
import type { CanonicalChunk } from '../canonical-types.js';
import { anthropicMessage, anthropicUsage } from './anthropic-fixtures.test-helper.js';
import { createAnthropicStreamTranslator } from './create-anthropic-stream-translator.js';

const created = 1_760_000_000;

function translateAll(events: Array<RawMessageStreamEvent | { type: 'ping' }>, options: Parameters<typeof createAnthropicStreamTranslator>[0]) {
  const translator = createAnthropicStreamTranslator(options);
  const chunks: CanonicalChunk[] = [];
  // ping is on the wire but not in the SDK's event union; the translator must ignore it.
  for (const event of events) chunks.push(...translator.push(event as RawMessageStreamEvent));
  return { chunks, translator };
}

const base = { id: 'chatcmpl-msg_01Stream', object: 'chat.completion.chunk', created, model: 'claude-sonnet' } as const;
const delta = (value: Record<string, unknown>) => ({ ...base, choices: [{ index: 0, delta: value, finish_reason: null, logprobs: null }] });

const weatherEvents: Array<RawMessageStreamEvent | { type: 'ping' }> = [
  {
    type: 'message_start',
    message: anthropicMessage({
      id: 'msg_01Stream',
      content: [],
      stop_reason: null,
      usage: anthropicUsage({ input_tokens: 472, output_tokens: 2, cache_read_input_tokens: 1024 }),
    }),
  },
  { type: 'ping' },
  { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Two cities, ' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'two calls.' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'EqQBCgIYAhIM' } },
  { type: 'content_block_stop', index: 0 },
  { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '', citations: null } },
  { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Checking ' } },
  { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'both.' } },
  { type: 'content_block_stop', index: 1 },
  {
    type: 'content_block_start',
    index: 2,
    content_block: { type: 'tool_use', id: 'toolu_paris', name: 'get_weather', input: {}, caller: { type: 'direct' } },
  },
  { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '' } },
  { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{"city": "Pa' } },
  { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: 'ris"}' } },
  { type: 'content_block_stop', index: 2 },
  {
    type: 'content_block_start',
    index: 3,
    content_block: { type: 'tool_use', id: 'toolu_oslo', name: 'get_weather', input: {}, caller: { type: 'direct' } },
  },
  { type: 'content_block_delta', index: 3, delta: { type: 'input_json_delta', partial_json: '{"city": "Oslo"}' } },
  { type: 'content_block_stop', index: 3 },
  {
    type: 'message_delta',
    delta: { stop_reason: 'tool_use', stop_sequence: null, stop_details: null, container: null },
    usage: { input_tokens: null, output_tokens: 89, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null },
  },
  { type: 'message_stop' },
];

describe('createAnthropicStreamTranslator', () => {
  it('streams thinking, text and tool calls as OpenAI-shaped chunks, ending with a usage chunk', () => {
    const { chunks, translator } = translateAll(weatherEvents, { model: 'claude-sonnet', includeUsage: true, created });

    const usage = {
      prompt_tokens: 1496,
      completion_tokens: 89,
      total_tokens: 1585,
      prompt_tokens_details: { cached_tokens: 1024, cache_write_tokens: 0 },
    };
    expect(chunks).toEqual([
      delta({ role: 'assistant', content: '' }),
      delta({ reasoning_content: 'Two cities, ' }),
      delta({ reasoning_content: 'two calls.' }),
      delta({ content: 'Checking ' }),
      delta({ content: 'both.' }),
      delta({ tool_calls: [{ index: 0, id: 'toolu_paris', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '{"city": "Pa' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: 'ris"}' } }] }),
      delta({ tool_calls: [{ index: 1, id: 'toolu_oslo', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
      delta({ tool_calls: [{ index: 1, function: { arguments: '{"city": "Oslo"}' } }] }),
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls', logprobs: null }] },
      { ...base, choices: [], usage },
    ]);
    expect({ finished: translator.finished, usage: translator.usage, tokens: translator.tokens }).toEqual({
      finished: true,
      usage,
      tokens: { input: 472, cachedInput: 1024, cacheWrite: 0, output: 89, reasoning: 0 },
    });
  });

  it('streams the forced JSON tool as content with finish reason stop, without a usage chunk unless asked', () => {
    const events: RawMessageStreamEvent[] = [
      { type: 'message_start', message: anthropicMessage({ id: 'msg_01Stream', content: [], stop_reason: null }) },
      {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_json', name: 'gw_json_response', input: {}, caller: { type: 'direct' } },
      },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"total_eur"' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: ': 7.5}' } },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null, stop_details: null, container: null },
        usage: { input_tokens: null, output_tokens: 12, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null },
      },
      { type: 'message_stop' },
    ];

    const { chunks } = translateAll(events, {
      model: 'claude-sonnet',
      includeUsage: false,
      created,
      jsonMode: { toolName: 'gw_json_response' },
    });
    expect(chunks).toEqual([
      delta({ role: 'assistant', content: '' }),
      delta({ content: '{"total_eur"' }),
      delta({ content: ': 7.5}' }),
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop', logprobs: null }] },
    ]);
  });

  it('names the stop sequence on the finish chunk and is not finished before message_stop', () => {
    const translator = createAnthropicStreamTranslator({ model: 'claude-sonnet', includeUsage: false, created });
    translator.push({ type: 'message_start', message: anthropicMessage({ id: 'msg_01Stream', content: [], stop_reason: null }) });
    const finishChunks = translator.push({
      type: 'message_delta',
      delta: { stop_reason: 'stop_sequence', stop_sequence: '###', stop_details: null, container: null },
      usage: { input_tokens: null, output_tokens: 3, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null },
    });
    expect({ finishChunks, finished: translator.finished }).toEqual({
      finishChunks: [{ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop', logprobs: null, stop_reason: '###' }] }],
      finished: false,
    });
    expect([translator.push({ type: 'message_stop' }), translator.finished]).toEqual([[], true]);
    expect(translator.push({ type: 'message_stop' })).toEqual([]);
  });
});
