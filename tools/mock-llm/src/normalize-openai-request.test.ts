import { describe, expect, it } from 'vitest';
import { normalizeOpenAiRequest } from './normalize-openai-request.js';

describe('normalizeOpenAiRequest', () => {
  it('rejects a body without messages or model with a message that says what to fix', () => {
    expect(normalizeOpenAiRequest({ model: 'gpt-4o' })).toMatchObject({ ok: false, message: expect.stringContaining('messages') });
    expect(normalizeOpenAiRequest({ model: 'gpt-4o', messages: [] })).toMatchObject({ ok: false });
    expect(normalizeOpenAiRequest({ messages: [{ role: 'user', content: 'hi' }] })).toMatchObject({ ok: false, message: expect.stringContaining('model') });
  });

  it('takes the deployment as the model when the body names none', () => {
    const result = normalizeOpenAiRequest({ messages: [{ role: 'user', content: 'hi' }] }, 'my-deployment');
    expect(result.ok && result.request.model).toBe('my-deployment');
  });

  it('reads limits, stop sequences, streaming options and JSON mode', () => {
    const result = normalizeOpenAiRequest({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 50,
      max_completion_tokens: 20,
      stop: 'END',
      stream: true,
      stream_options: { include_usage: true },
      response_format: { type: 'json_object' },
    });
    expect(result.ok && result.request).toMatchObject({
      maxTokens: 20,
      stopSequences: ['END'],
      stream: true,
      includeUsage: true,
      responseFormat: { kind: 'json_object' },
    });
  });
});
