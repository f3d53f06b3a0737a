import type { CanonicalChunk } from '@gw/providers';
import { expect, it } from 'vitest';
import { createToolCallAccumulator, describeToolCalls } from './collect-tool-calls.js';

const chunk = (toolCalls: NonNullable<CanonicalChunk['choices'][number]['delta']['tool_calls']>): CanonicalChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: [{ index: 0, delta: { tool_calls: toolCalls }, finish_reason: null }],
});

it('assembles streamed tool calls by index, arguments in pieces', () => {
  const accumulator = createToolCallAccumulator();
  accumulator.add(chunk([{ index: 1, id: 'call_b', type: 'function', function: { name: 'second', arguments: '' } }]));
  accumulator.add(chunk([{ index: 0, id: 'call_a', type: 'function', function: { name: 'first', arguments: '{"a":' } }]));
  accumulator.add(chunk([{ index: 0, function: { arguments: '1}' } }, { index: 1, function: { arguments: '{}' } }]));
  expect(accumulator.result()).toEqual([
    { id: 'call_a', name: 'first', arguments: '{"a":1}' },
    { id: 'call_b', name: 'second', arguments: '{}' },
  ]);
});

it('describes calls briefly, cutting long arguments', () => {
  const text = describeToolCalls([{ id: 'call_1', name: 'search', arguments: `{"q":"${'x'.repeat(300)}"}` }]);
  expect(text).toMatch(/^The model called a tool instead of answering in text:\n- search\(\{"q":"x+…\) \[id call_1\]$/);
  expect(text.length).toBeLessThan(300);
});
