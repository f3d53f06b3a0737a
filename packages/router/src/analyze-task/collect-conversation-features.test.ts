import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { collectConversationFeatures } from './collect-conversation-features.js';
import { Feature } from './text-feature.js';

describe('collectConversationFeatures', () => {
  it('weighs the last user turn fully and earlier turns and the system prompt less', () => {
    const features = collectConversationFeatures([
      { role: 'system', content: 'Write a poem.' },
      { role: 'user', content: 'Write a poem.' },
      { role: 'assistant', content: 'Write a poem.' },
      { role: 'user', content: 'Write a poem.' },
    ]);
    // 1 (last turn) + 0.5 (system) + 0.3 + 0.3 (earlier turns)
    expect(features.counts[Feature.creativeNoun]).toBeCloseTo(2.1);
    expect(features.userTurns).toBe(2);
    expect(features.messageCount).toBe(4);
    expect(features.textChars).toBe(4 * 'Write a poem.'.length);
    expect(features.lastUserTurnChars).toBe('Write a poem.'.length);
  });

  it('uses the last message when there is no user turn', () => {
    const features = collectConversationFeatures([{ role: 'system', content: 'Translate everything into French.' }]);
    expect(features.counts[Feature.translate]).toBeGreaterThanOrEqual(1);
  });

  it('records images, tool activity and a trailing tool result', () => {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.test/a.png', detail: 'low' } }] },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call', type: 'function', function: { name: 'zoom', arguments: '{"factor":2}' } }],
      },
      { role: 'tool', tool_call_id: 'call', content: 'zoomed' },
    ];
    const features = collectConversationFeatures(messages);
    expect(features.imageCount).toBe(1);
    expect(features.attachmentTokens).toBe(85);
    expect(features.lastUserTurnHasImage).toBe(true);
    expect(features.hasToolActivity).toBe(true);
    expect(features.endsWithToolResult).toBe(true);
    expect(features.textChars).toBe('zoom'.length + '{"factor":2}'.length + 'zoomed'.length);
  });

  it('scans a bounded amount of a huge conversation but sizes all of it', () => {
    const page = 'word '.repeat(20_000);
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: page },
      ...Array.from({ length: 10 }, (_, index): ChatCompletionMessageParam =>
        index % 2 === 0 ? { role: 'user', content: page } : { role: 'assistant', content: page },
      ),
    ];
    const features = collectConversationFeatures(messages);
    expect(features.textChars).toBe(11 * page.length);
    expect(features.scannedChars).toBeLessThanOrEqual(8_000 + 2_000 + 6_000);
  });
});
