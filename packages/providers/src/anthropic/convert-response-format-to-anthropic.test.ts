import { describe, expect, it } from 'vitest';
import { convertResponseFormatToAnthropic } from './convert-response-format-to-anthropic.js';

describe('convertResponseFormatToAnthropic', () => {
  it('needs no tool for text answers', () => {
    expect([convertResponseFormatToAnthropic(undefined), convertResponseFormatToAnthropic({ type: 'text' })]).toEqual([undefined, undefined]);
  });

  it('uses the schema description when there is one', () => {
    expect(
      convertResponseFormatToAnthropic({
        type: 'json_schema',
        json_schema: { name: 'city', description: 'A city and its country', schema: { properties: { name: { type: 'string' } } } },
      }),
    ).toEqual({
      tool: {
        name: 'gw_json_response',
        description: 'A city and its country',
        input_schema: { type: 'object', properties: { name: { type: 'string' } } },
      },
      jsonMode: { toolName: 'gw_json_response' },
    });
  });

  it('rejects a schema whose root is not an object, which tool input cannot be', () => {
    expect(() =>
      convertResponseFormatToAnthropic({ type: 'json_schema', json_schema: { name: 'tags', schema: { type: 'array' } } }),
    ).toThrow('response_format.json_schema (tags): the schema must describe an object at the root, not "array"');
  });
});
