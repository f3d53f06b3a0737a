import { describe, expect, it } from 'vitest';
import type { StoredMessage } from './context-types.js';
import { selectRecentMessages } from './select-recent-messages.js';

const message = (sequence: number, tokenCount: number): StoredMessage => ({
  sequence,
  tokenCount,
  message: { role: 'user', content: `m${sequence}` },
  createdAt: new Date(0),
});

describe('selectRecentMessages', () => {
  it('keeps the newest messages that fit, in order, and never skips over one', () => {
    const selected = selectRecentMessages([message(1, 10), message(2, 50), message(3, 10), message(4, 10)], 40);
    expect(selected.messages.map((item) => item.sequence)).toEqual([3, 4]);
    expect(selected.omittedMessageCount).toBe(2);
    expect(selected.tokenCount).toBe(20);
  });

  it('returns nothing when even the last message does not fit', () => {
    expect(selectRecentMessages([message(1, 100)], 10)).toEqual({ messages: [], omittedMessageCount: 1, tokenCount: 0 });
  });
});
