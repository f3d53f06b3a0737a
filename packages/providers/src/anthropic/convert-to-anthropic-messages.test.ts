import { describe, expect, it } from 'vitest';
import { convertToAnthropicMessages } from './convert-to-anthropic-messages.js';

describe('convertToAnthropicMessages', () => {
  it('keeps every system message in order and merges same-role turns', () => {
    expect(
      convertToAnthropicMessages([
        { role: 'developer', content: 'Rule one.' },
        { role: 'system', content: [{ type: 'text', text: 'Rule two.' }, { type: 'text', text: 'Rule three.' }] },
        { role: 'user', content: 'First question.' },
        { role: 'user', content: 'Second question.' },
        { role: 'assistant', content: 'First answer.' },
        { role: 'assistant', content: [{ type: 'refusal', refusal: 'I cannot answer the second.' }] },
      ]),
    ).toEqual({
      system: [
        { type: 'text', text: 'Rule one.' },
        { type: 'text', text: 'Rule two.' },
        { type: 'text', text: 'Rule three.' },
      ],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'First question.' },
            { type: 'text', text: 'Second question.' },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'First answer.' },
            { type: 'text', text: 'I cannot answer the second.' },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('skips empty and whitespace-only texts, which Anthropic rejects', () => {
    expect(
      convertToAnthropicMessages([
        { role: 'system', content: '' },
        { role: 'user', content: [{ type: 'text', text: ' \n' }, { type: 'text', text: 'Hello' }] },
        { role: 'assistant', content: '' },
        { role: 'user', content: 'Anyone there?' },
      ]),
    ).toEqual({
      system: [],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Hello' },
            { type: 'text', text: 'Anyone there?' },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('rejects legacy function messages', () => {
    expect(() => convertToAnthropicMessages([{ role: 'function', name: 'lookup', content: '42' }])).toThrow(
      'messages[0]: function messages are not supported by Anthropic; send tool messages instead',
    );
  });
});
