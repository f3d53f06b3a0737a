import { describe, expect, it } from 'vitest';
import { normalizeAnthropicRequest } from './normalize-anthropic-request.js';

const messages = [{ role: 'user', content: 'hi' }];

describe('normalizeAnthropicRequest', () => {
  it('requires model, messages and max_tokens, as the real API does', () => {
    expect(normalizeAnthropicRequest({ messages, max_tokens: 10 })).toMatchObject({ ok: false, message: expect.stringContaining('model') });
    expect(normalizeAnthropicRequest({ model: 'claude', max_tokens: 10 })).toMatchObject({ ok: false, message: expect.stringContaining('messages') });
    expect(normalizeAnthropicRequest({ model: 'claude', messages })).toMatchObject({ ok: false, message: expect.stringContaining('max_tokens') });
  });

  it('reads the system string, stop sequences, tool choice and structured output', () => {
    const result = normalizeAnthropicRequest({
      model: 'claude',
      max_tokens: 10,
      system: 'be brief',
      messages,
      stop_sequences: ['END'],
      tools: [{ name: 'lookup', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'lookup' },
      output_config: { format: { type: 'json_schema', schema: { type: 'object' } } },
    });
    expect(result.ok && result.request).toMatchObject({
      systemCount: 1,
      stopSequences: ['END'],
      toolChoice: { kind: 'named', name: 'lookup' },
      responseFormat: { kind: 'json_schema', schema: { type: 'object' } },
      messageTexts: ['be brief', 'hi'],
    });
  });
});
