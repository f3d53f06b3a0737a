import { describe, expect, it } from 'vitest';
import { convertToAnthropicTools } from './convert-to-anthropic-tools.js';

describe('convertToAnthropicTools', () => {
  it('adds the object type a schema leaves out', () => {
    expect(
      convertToAnthropicTools({
        tools: [{ type: 'function', function: { name: 'search', parameters: { properties: { query: { type: 'string' } } } } }],
      }),
    ).toEqual({
      tools: [{ name: 'search', input_schema: { type: 'object', properties: { query: { type: 'string' } } } }],
      toolChoice: undefined,
      warnings: [],
    });
  });

  it('turns parallel_tool_calls false without a tool_choice into auto without parallel use', () => {
    expect(
      convertToAnthropicTools({ tools: [{ type: 'function', function: { name: 'search' } }], parallel_tool_calls: false }).toolChoice,
    ).toEqual({ type: 'auto', disable_parallel_tool_use: true });
  });

  it('sends no tool_choice when there are no tools', () => {
    expect(convertToAnthropicTools({ tools: [], tool_choice: 'required' })).toEqual({ tools: undefined, toolChoice: undefined, warnings: [] });
  });

  it('rejects custom tools', () => {
    expect(() =>
      convertToAnthropicTools({ tools: [{ type: 'custom', custom: { name: 'sql', format: { type: 'text' } } }] }),
    ).toThrow('tools[0]: custom tools are not supported by Anthropic; only function tools are');
  });
});
