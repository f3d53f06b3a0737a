import { describe, expect, it } from 'vitest';
import { buildAnswer } from './build-answer.js';
import type { ChatRequest } from './chat-request.js';
import { normalizeAnthropicRequest } from './normalize-anthropic-request.js';
import { normalizeOpenAiRequest } from './normalize-openai-request.js';
import { parseDirectiveGroup } from './parse-directive-group.js';

function openAiRequest(body: Record<string, unknown>): ChatRequest {
  const result = normalizeOpenAiRequest({ model: 'gpt-4o-mini', ...body });
  if (!result.ok) throw new Error(result.message);
  return result.request;
}

const directives = (text: string) => parseDirectiveGroup(text).values;
const none = directives('');

describe('buildAnswer', () => {
  it('echoes the last user text with the model, image and system counts', () => {
    const request = openAiRequest({
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'developer', content: 'really' },
        { role: 'user', content: 'first question' },
        { role: 'assistant', content: 'first answer' },
        {
          role: 'user',
          content: [
            { type: 'text', text: '  what is [[mock: chunks=2]]' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            { type: 'text', text: 'this? ' },
          ],
        },
      ],
    });
    const answer = buildAnswer(request, none);
    expect(answer.text).toBe('[gpt-4o-mini] echo: what is  this? (images=1) (system=2)');
    expect(answer.finishReason).toBe('stop');
  });

  it('cuts the echoed text to 200 characters', () => {
    const answer = buildAnswer(openAiRequest({ messages: [{ role: 'user', content: 'x'.repeat(500) }] }), none);
    expect(answer.text).toBe(`[gpt-4o-mini] echo: ${'x'.repeat(200)}`);
  });

  it('counts input as a quarter of the characters of messages and tool names and schemas, output of the content', () => {
    const tools = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } }];
    const request = openAiRequest({ messages: [{ role: 'user', content: 'abcdefghi' }], tools });
    const answer = buildAnswer(request, none);
    expect(answer.usage.inputTokens).toBe(Math.ceil((9 + 'lookup'.length + JSON.stringify(tools[0]!.function.parameters).length) / 4));
    expect(answer.usage.outputTokens).toBe(Math.ceil((answer.text ?? '').length / 4));
    expect(buildAnswer(request, directives('empty')).usage.outputTokens).toBe(1);
  });

  it('shapes the content with empty, refusal, reply and words', () => {
    const request = openAiRequest({ messages: [{ role: 'user', content: 'hi' }] });
    expect(buildAnswer(request, directives('empty')).text).toBe('');
    expect(buildAnswer(request, directives('refusal')).text).toBe("I'm sorry, but I can't help with that.");
    expect(buildAnswer(request, directives('reply=%7B%22verdict%22%3A%22pass%22%7D')).text).toBe('{"verdict":"pass"}');
    expect(buildAnswer(request, directives('words=4')).text).toBe('word1 word2 word3 word4');
  });

  it('answers JSON mode from the request, or breaks it on demand', () => {
    const objectMode = openAiRequest({ messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_object' } });
    expect(JSON.parse(buildAnswer(objectMode, none).text ?? '')).toEqual({ answer: '[gpt-4o-mini] echo: hi', model: 'gpt-4o-mini' });
    const schemaMode = openAiRequest({
      messages: [{ role: 'user', content: 'hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'v', schema: { type: 'object', properties: { score: { type: 'number' } } } } },
    });
    expect(JSON.parse(buildAnswer(schemaMode, none).text ?? '')).toEqual({ score: 1 });
    expect(buildAnswer(schemaMode, directives('json=mismatch')).text).toBe('{"unexpected":true}');
    expect(() => JSON.parse(buildAnswer(schemaMode, directives('json=invalid')).text ?? '')).toThrow();
  });

  it('forces the finish reason and shapes usage', () => {
    const request = openAiRequest({ messages: [{ role: 'user', content: 'hi' }] });
    const answer = buildAnswer(request, directives('finish=content_filter cached=5 cache_write=6 reasoning=7'));
    expect(answer.finishReason).toBe('content_filter');
    expect(answer.usage).toMatchObject({ cachedTokens: 5, cacheWriteTokens: 6, reasoningTokens: 7 });
  });

  it('calls a tool when forced or asked, with arguments generated from its schema', () => {
    const tools = [
      { type: 'function', function: { name: 'first', parameters: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } } },
      { type: 'function', function: { name: 'second', parameters: { type: 'object', properties: { b: { type: 'integer' } } } } },
    ];
    const messages = [{ role: 'user', content: 'hi' }];
    expect(buildAnswer(openAiRequest({ messages, tools }), none).toolCall).toBeUndefined();
    const required = buildAnswer(openAiRequest({ messages, tools, tool_choice: 'required' }), none);
    expect(required).toMatchObject({ text: null, finishReason: 'tool_calls', toolCall: { name: 'first', arguments: '{"a":"example-a"}' } });
    expect(required.usage.outputTokens).toBe(Math.ceil('{"a":"example-a"}'.length / 4));
    const named = buildAnswer(openAiRequest({ messages, tools, tool_choice: { type: 'function', function: { name: 'second' } } }), none);
    expect(named.toolCall).toMatchObject({ name: 'second', input: { b: 1 } });
    expect(buildAnswer(openAiRequest({ messages, tools }), directives('tool_call=second bad_args')).toolCall?.arguments).toBe('{}');
    expect(buildAnswer(openAiRequest({ messages, tools }), directives('tool_call tool_text')).text).toBe('[gpt-4o-mini] calling first');
  });

  it('reads Anthropic system blocks, image blocks and the text beside tool results', () => {
    const result = normalizeAnthropicRequest({
      model: 'claude-sonnet-4-5',
      max_tokens: 100,
      system: [
        { type: 'text', text: 'one' },
        { type: 'text', text: 'two' },
      ],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'look' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'result text' }] },
      ],
    });
    if (!result.ok) throw new Error(result.message);
    expect(buildAnswer(result.request, none).text).toBe('[claude-sonnet-4-5] echo: look (images=1) (system=2)');
    expect(result.request.inputCharacters).toBe('onetwolookresult text'.length);
  });
});
