import type { CanonicalRequest, CanonicalResponse } from '@gw/providers';
import { describe, expect, it } from 'vitest';
import { verifyResponse } from './verify-response.js';

function answer(content: string | null, extra: { finish?: string; toolCalls?: { name: string; arguments: string }[] } = {}): CanonicalResponse {
  return {
    id: 'x',
    object: 'chat.completion',
    created: 0,
    model: 'm',
    choices: [
      {
        index: 0,
        logprobs: null,
        finish_reason: (extra.finish ?? 'stop') as 'stop',
        message: {
          role: 'assistant',
          content,
          refusal: null,
          ...(extra.toolCalls
            ? { tool_calls: extra.toolCalls.map((call, index) => ({ id: `c${index}`, type: 'function' as const, function: call })) }
            : {}),
        },
      },
    ],
  };
}

const base: CanonicalRequest = { messages: [{ role: 'user', content: 'hi' }] };
const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
const tool = { type: 'function' as const, function: { name: 'add', parameters: { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] } } };

describe('verifyResponse', () => {
  it('passes a normal answer', () => {
    expect(verifyResponse(answer('Paris.'), base)).toEqual({ passed: true });
  });

  it.each([
    ['truncated', answer('Par', { finish: 'length' }), base],
    ['refusal', answer('x', { finish: 'content_filter' }), base],
    ['empty', answer('   '), base],
    ['refusal', answer("I'm sorry, but I can't help with that."), base],
    ['invalid_json', answer('{"n": 1'), { ...base, response_format: { type: 'json_object' } }],
    ['invalid_json', answer('[1]'), { ...base, response_format: { type: 'json_object' } }],
    ['schema_mismatch', answer('{"m": 1}'), { ...base, response_format: { type: 'json_schema', json_schema: { name: 's', schema } } }],
    ['invalid_tool_arguments', answer(null, { toolCalls: [{ name: 'add', arguments: '{"a":' }] }), { ...base, tools: [tool] }],
    ['invalid_tool_arguments', answer(null, { toolCalls: [{ name: 'add', arguments: '{}' }] }), { ...base, tools: [tool] }],
    ['invalid_tool_arguments', answer(null, { toolCalls: [{ name: 'sub', arguments: '{"a":1}' }] }), { ...base, tools: [tool] }],
  ] as const)('%s', (failure, response, request) => {
    expect(verifyResponse(response, request as CanonicalRequest)).toMatchObject({ passed: false, failure });
  });

  it('accepts valid JSON, schema-conforming JSON and valid tool arguments; a long answer mentioning "can\'t" is not a refusal', () => {
    expect(verifyResponse(answer('{"n": 2}'), { ...base, response_format: { type: 'json_schema', json_schema: { name: 's', schema } } }).passed).toBe(true);
    expect(verifyResponse(answer(null, { toolCalls: [{ name: 'add', arguments: '{"a":1}' }] }), { ...base, tools: [tool] }).passed).toBe(true);
    expect(verifyResponse(answer(`Sorry for the wait. ${'You can’t divide by zero, so the limit is taken instead. '.repeat(10)}`), base).passed).toBe(true);
  });
});
