import { describe, expect, it } from 'vitest';
import { toAnthropicMessageId } from './to-anthropic-message-id.js';

describe('toAnthropicMessageId', () => {
  it('restores the id of an answer that came from Anthropic', () => {
    expect(toAnthropicMessageId('chatcmpl-msg_01XFDUDYJgAACzvnptvVoYEL')).toBe('msg_01XFDUDYJgAACzvnptvVoYEL');
  });

  it('gives other ids the msg_ prefix', () => {
    expect([toAnthropicMessageId('chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT'), toAnthropicMessageId('gen-1717')]).toEqual([
      'msg_B9MBs8CjcvOU2jLn4n570S5qMJKcT',
      'msg_gen-1717',
    ]);
  });
});
