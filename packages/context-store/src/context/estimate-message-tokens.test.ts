import { describe, expect, it } from 'vitest';
import { estimateMessageTokens, estimateTextTokens } from './estimate-message-tokens.js';

describe('estimateMessageTokens', () => {
  it('counts text, framing and the other fields', () => {
    expect(estimateTextTokens('12345678')).toBe(2);
    const short = estimateMessageTokens({ role: 'user', content: 'hi' });
    const long = estimateMessageTokens({ role: 'user', content: 'hi '.repeat(400) });
    expect(short).toBeGreaterThan(4);
    expect(long - short).toBeGreaterThanOrEqual(299);
  });

  it('counts text parts and a fixed amount per image', () => {
    const withImage = estimateMessageTokens({
      role: 'user',
      content: [
        { type: 'text', text: 'what is this?' },
        { type: 'image_url', image_url: { url: 'https://example.test/cat.png' } },
      ],
    });
    expect(withImage).toBeGreaterThan(85);
  });
});
