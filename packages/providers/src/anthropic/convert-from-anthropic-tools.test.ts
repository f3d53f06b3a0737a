import { describe, expect, it } from 'vitest';
import { convertFromAnthropicTools } from './convert-from-anthropic-tools.js';

describe('convertFromAnthropicTools', () => {
  it('turns client tools into function tools and keeps strict', () => {
    expect(
      convertFromAnthropicTools(
        [{ type: 'custom', name: 'lookup', description: 'Find a record', input_schema: { type: 'object', properties: { id: { type: 'string' } } }, strict: true }],
        { type: 'any', disable_parallel_tool_use: true },
      ),
    ).toEqual({
      tools: [
        {
          type: 'function',
          function: { name: 'lookup', description: 'Find a record', parameters: { type: 'object', properties: { id: { type: 'string' } } }, strict: true },
        },
      ],
      toolChoice: 'required',
      parallelToolCalls: false,
      warnings: [],
    });
  });

  it('drops server tools with a warning and has nothing to say without tools', () => {
    expect([
      convertFromAnthropicTools([{ type: 'bash_20250124', name: 'bash' }], undefined),
      convertFromAnthropicTools(undefined, undefined),
    ]).toEqual([
      {
        tools: undefined,
        toolChoice: undefined,
        parallelToolCalls: undefined,
        warnings: ['tools[0] (bash): Anthropic server tools (bash_20250124) have no Chat Completions form and were dropped'],
      },
      { tools: undefined, toolChoice: undefined, parallelToolCalls: undefined, warnings: [] },
    ]);
  });
});
