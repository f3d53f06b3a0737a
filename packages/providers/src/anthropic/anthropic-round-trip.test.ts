import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import fc from 'fast-check';
import type { ChatCompletionMessageFunctionToolCall } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { describe, expect, it } from 'vitest';
import type { CanonicalChunk, CanonicalRequest, CanonicalResponse } from '../canonical-types.js';
import { accumulateCanonicalChunks } from './accumulate-canonical-chunks.test-helper.js';
import type { CanonicalChunkChoice } from './canonical-extensions.js';
import type { CanonicalFinishReason } from './map-anthropic-stop-reason.js';
import { convertFromAnthropicRequest } from './convert-from-anthropic-request.js';
import { convertFromAnthropicResponse } from './convert-from-anthropic-response.js';
import { convertToAnthropicRequest } from './convert-to-anthropic-request.js';
import { convertToAnthropicResponse } from './convert-to-anthropic-response.js';
import { createAnthropicEventEncoder } from './create-anthropic-event-encoder.js';
import { createAnthropicStreamTranslator } from './create-anthropic-stream-translator.js';

const created = 1_760_000_000;

describe('canonical request → Anthropic → canonical', () => {
  it('keeps messages, tools and stop', () => {
    const request: CanonicalRequest = {
      messages: [
        { role: 'system', content: 'You are a travel assistant.' },
        { role: 'system', content: [{ type: 'text', text: 'Prices in euros.', prompt_cache_breakpoint: { mode: 'explicit' } }] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Plan a day in Lisbon. This is my budget sheet.' },
            { type: 'image_url', image_url: { url: 'data:image/webp;base64,UklGRg==' } },
            { type: 'image_url', image_url: { url: 'https://example.com/tram.jpg' } },
          ],
        },
        {
          role: 'assistant',
          content: 'Checking the weather and the tram times first.',
          tool_calls: [
            { id: 'call_weather', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } },
            { id: 'call_tram', type: 'function', function: { name: 'tram_times', arguments: '{"line":28,"date":"2025-06-01"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_weather', content: 'Sunny, 24 °C' },
        { role: 'tool', tool_call_id: 'call_tram', content: [{ type: 'text', text: 'Every 12 minutes from 07:00' }] },
        { role: 'user', content: 'Great, keep it under 60 euros.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_prices', type: 'function', function: { name: 'museum_prices', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_prices', content: '{"tile_museum":5}' },
        { role: 'assistant', content: 'Here is your day:' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Current weather for a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
        },
        {
          type: 'function',
          function: {
            name: 'tram_times',
            parameters: { type: 'object', properties: { line: { type: 'integer' }, date: { type: 'string' } } },
          },
        },
        { type: 'function', function: { name: 'museum_prices', parameters: { type: 'object', properties: {} } } },
      ],
      stop: ['</plan>', '\n\nUser:'],
    };

    const { body } = convertToAnthropicRequest(request, { upstreamModel: 'claude-sonnet-4-5', maxOutputTokens: 8192, stream: false });
    const { request: back, warnings } = convertFromAnthropicRequest(body);
    expect({ messages: back.messages, tools: back.tools, stop: back.stop, warnings }).toEqual({
      messages: request.messages,
      tools: request.tools,
      stop: request.stop,
      warnings: [],
    });
  });
});

describe('Anthropic Message → canonical → Anthropic Message', () => {
  it('gives back the same message, apart from the thinking signature only Anthropic can make', () => {
    const original = convertToAnthropicResponse(
      convertFromAnthropicResponse(
        {
          id: 'msg_01RoundTrip',
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5',
          content: [
            { type: 'thinking', thinking: 'Check the stop.', signature: '' },
            { type: 'text', text: 'Step 1: boil water.', citations: null },
            { type: 'tool_use', id: 'toolu_timer', name: 'set_timer', input: { minutes: 4 }, caller: { type: 'direct' } },
          ],
          stop_reason: 'tool_use',
          stop_sequence: null,
          stop_details: null,
          container: null,
          usage: {
            input_tokens: 30,
            output_tokens: 20,
            cache_read_input_tokens: 400,
            cache_creation_input_tokens: 100,
            cache_creation: null,
            inference_geo: null,
            server_tool_use: null,
            service_tier: null,
          },
        },
        { model: 'claude-sonnet-4-5', created },
      ),
      { model: 'claude-sonnet-4-5' },
    );
    expect(convertToAnthropicResponse(convertFromAnthropicResponse(original, { model: 'claude-sonnet-4-5', created }), { model: 'claude-sonnet-4-5' })).toEqual(
      original,
    );
    expect(original.id).toBe('msg_01RoundTrip');
  });
});

interface GeneratedAnswer {
  response: CanonicalResponse;
  /** Where each text is cut into stream fragments. */
  cuts: { content: number[]; reasoning: number[]; arguments: number[][] };
  usageInSeparateChunk: boolean;
}

const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);
const jsonValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));
const cutPoints = fc.array(fc.nat({ max: 200 }), { maxLength: 6 });

const generatedAnswer: fc.Arbitrary<GeneratedAnswer> = fc
  .record({
    messageId: fc.stringMatching(/^[A-Za-z0-9]{4,24}$/),
    content: fc.string({ unit: 'grapheme', maxLength: 120 }),
    reasoning: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), { nil: undefined }),
    toolCalls: fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^call_[A-Za-z0-9]{1,12}$/), name: identifier, input: fc.dictionary(identifier, jsonValue, { maxKeys: 4 }) }),
      { maxLength: 3, selector: (call) => call.id },
    ),
    endReason: fc.constantFrom('natural', 'length', 'content_filter', 'stop_sequence'),
    stopSequence: fc.string({ minLength: 1, maxLength: 8 }),
    promptTokens: fc.nat({ max: 200_000 }),
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    completionTokens: fc.nat({ max: 32_000 }),
    cuts: fc.record({ content: cutPoints, reasoning: cutPoints, arguments: fc.array(cutPoints, { minLength: 3, maxLength: 3 }) }),
    usageInSeparateChunk: fc.boolean(),
  })
  .map((generated): GeneratedAnswer => {
    const toolCalls: ChatCompletionMessageFunctionToolCall[] = generated.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.input) },
    }));
    const finishReason: CanonicalFinishReason =
      generated.endReason === 'length' ? 'length'
      : generated.endReason === 'content_filter' ? 'content_filter'
      : toolCalls.length > 0 ? 'tool_calls'
      : 'stop';
    const cachedTokens = Math.floor(generated.promptTokens * generated.cachedShare);
    const usage: CompletionUsage = {
      prompt_tokens: generated.promptTokens,
      completion_tokens: generated.completionTokens,
      total_tokens: generated.promptTokens + generated.completionTokens,
      prompt_tokens_details: { cached_tokens: cachedTokens, cache_write_tokens: 0 },
    };
    const choice = {
      index: 0,
      message: {
        role: 'assistant' as const,
        content: generated.content,
        refusal: null,
        ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
        ...(generated.reasoning === undefined ? {} : { reasoning_content: generated.reasoning }),
      },
      finish_reason: finishReason,
      logprobs: null,
      ...(generated.endReason === 'stop_sequence' && finishReason === 'stop' ? { stop_reason: generated.stopSequence } : {}),
    };
    return {
      response: { id: `chatcmpl-msg_${generated.messageId}`, object: 'chat.completion', created, model: 'gpt-4o', choices: [choice], usage },
      cuts: generated.cuts,
      usageInSeparateChunk: generated.usageInSeparateChunk,
    };
  });

/** Cuts text at the given points (taken modulo its length), keeping every character. */
function fragments(text: string, cuts: readonly number[]): string[] {
  const characters = [...text];
  const points = [...new Set(cuts.map((cut) => (characters.length === 0 ? 0 : cut % (characters.length + 1))))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let previous = 0;
  for (const point of [...points, characters.length]) {
    if (point > previous) pieces.push(characters.slice(previous, point).join(''));
    previous = Math.max(previous, point);
  }
  return pieces;
}

/** The chunks an OpenAI-format upstream would stream for the response. */
function streamChunks({ response, cuts, usageInSeparateChunk }: GeneratedAnswer): CanonicalChunk[] {
  const choice = response.choices[0] as CanonicalResponse['choices'][number] & { stop_reason?: string; message: { reasoning_content?: string } };
  const head = { id: response.id, object: 'chat.completion.chunk' as const, created: response.created, model: response.model };
  const deltaChunk = (delta: CanonicalChunkChoice['delta']): CanonicalChunk => ({
    ...head,
    choices: [{ index: 0, delta, finish_reason: null, logprobs: null } as CanonicalChunkChoice],
  });
  const chunks: CanonicalChunk[] = [deltaChunk({ role: 'assistant', content: '' })];
  for (const piece of fragments(choice.message.reasoning_content ?? '', cuts.reasoning)) chunks.push(deltaChunk({ reasoning_content: piece }));
  for (const piece of fragments(choice.message.content ?? '', cuts.content)) chunks.push(deltaChunk({ content: piece }));
  for (const [index, toolCall] of (choice.message.tool_calls ?? []).entries()) {
    if (toolCall.type !== 'function') continue;
    chunks.push(deltaChunk({ tool_calls: [{ index, id: toolCall.id, type: 'function', function: { name: toolCall.function.name, arguments: '' } }] }));
    for (const piece of fragments(toolCall.function.arguments, cuts.arguments[index] ?? [])) {
      chunks.push(deltaChunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  }
  const finishChoice = {
    index: 0,
    delta: {},
    finish_reason: choice.finish_reason,
    logprobs: null,
    ...(choice.stop_reason === undefined ? {} : { stop_reason: choice.stop_reason }),
  } as CanonicalChunkChoice;
  if (usageInSeparateChunk) {
    chunks.push({ ...head, choices: [finishChoice] }, { ...head, choices: [], usage: response.usage });
  } else {
    chunks.push({ ...head, choices: [finishChoice], usage: response.usage });
  }
  return chunks;
}

describe('canonical stream → Anthropic events (encoder) → canonical stream (translator)', () => {
  it('reconstructs the same text, reasoning, tool calls, finish reason, stop sequence and usage', () => {
    fc.assert(
      fc.property(generatedAnswer, (answer) => {
        const encoder = createAnthropicEventEncoder({ model: 'claude-sonnet-4-5' });
        const events: RawMessageStreamEvent[] = [...streamChunks(answer).flatMap((chunk) => encoder.push(chunk)), ...encoder.finish()];
        const translator = createAnthropicStreamTranslator({ model: 'gpt-4o', includeUsage: true, created });
        const translated = events.flatMap((event) => translator.push(event));

        const choice = answer.response.choices[0] as CanonicalResponse['choices'][number] & {
          stop_reason?: string;
          message: { reasoning_content?: string };
        };
        const anthropicId = answer.response.id.slice('chatcmpl-'.length);
        expect(events[0]).toMatchObject({ type: 'message_start', message: { id: anthropicId } });
        expect({ finished: translator.finished, answer: accumulateCanonicalChunks(translated) }).toEqual({
          finished: true,
          answer: {
            ids: [answer.response.id],
            content: choice.message.content,
            reasoning: choice.message.reasoning_content,
            toolCalls: choice.message.tool_calls ?? [],
            finishReason: choice.finish_reason,
            stopSequence: choice.stop_reason,
            usage: answer.response.usage,
          },
        });
      }),
      { numRuns: 300 },
    );
  });
});
