import { describe, expect, it } from 'vitest';
import { convertFromAnthropicMessages } from './convert-from-anthropic-messages.js';

describe('convertFromAnthropicMessages', () => {
  it('places tool results before the rest of their user turn', () => {
    expect(
      convertFromAnthropicMessages([
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'now', input: {} }] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Thanks. And tomorrow?' },
            { type: 'tool_result', tool_use_id: 'toolu_1', content: '2025-06-01T12:00:00Z' },
          ],
        },
      ]),
    ).toEqual({
      messages: [
        { role: 'assistant', content: null, tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'now', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'toolu_1', content: '2025-06-01T12:00:00Z' },
        { role: 'user', content: 'Thanks. And tomorrow?' },
      ],
      warnings: [],
    });
  });

  it('keeps several text blocks as parts and drops an assistant turn that held only redacted thinking', () => {
    expect(
      convertFromAnthropicMessages([
        { role: 'user', content: [{ type: 'text', text: 'Part one.' }, { type: 'text', text: 'Part two.' }] },
        { role: 'assistant', content: [{ type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' }] },
        { role: 'user', content: 'Still there?' },
      ]),
    ).toEqual({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Part one.' },
            { type: 'text', text: 'Part two.' },
          ],
        },
        { role: 'user', content: 'Still there?' },
      ],
      warnings: ['messages[1].content[0]: redacted_thinking blocks have no Chat Completions form and were dropped'],
    });
  });

  it('gives a tool result without content an empty string', () => {
    expect(
      convertFromAnthropicMessages([{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_9' }] }]).messages,
    ).toEqual([{ role: 'tool', tool_call_id: 'toolu_9', content: '' }]);
  });
});
