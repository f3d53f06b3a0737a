import { describe, expect, it } from 'vitest';
import { forEachMessageText } from './for-each-message-text.js';

function textsOf(message: unknown): string[] {
  const texts: string[] = [];
  forEachMessageText(message, (text) => texts.push(text));
  return texts;
}

describe('forEachMessageText', () => {
  it('visits string content, text and refusal parts, refusals and tool calls', () => {
    expect(textsOf({ role: 'user', content: 'hello' })).toEqual(['hello']);
    expect(
      textsOf({
        role: 'assistant',
        content: [
          { type: 'text', text: 'a' },
          { type: 'refusal', refusal: 'b' },
        ],
        refusal: 'c',
        tool_calls: [
          { type: 'function', function: { name: 'd', arguments: 'e' } },
          { type: 'custom', custom: { name: 'f', input: 'g' } },
        ],
        function_call: { name: 'h', arguments: 'i' },
      }),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('skips anything that is not text', () => {
    expect(textsOf(null)).toEqual([]);
    expect(textsOf({ content: [null, 3, { type: 'image_url', image_url: { url: 'x' } }, { type: 'text', text: 5 }] })).toEqual([]);
    expect(textsOf({ content: '', tool_calls: [null, {}, { function: null }] })).toEqual([]);
  });
});
