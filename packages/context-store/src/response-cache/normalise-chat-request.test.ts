import { describe, expect, it } from 'vitest';
import { normaliseChatRequest } from './normalise-chat-request.js';

describe('normaliseChatRequest', () => {
  const base = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'hi' }], temperature: 0 };

  it('ignores key order, delivery-only fields and absent values', () => {
    expect(normaliseChatRequest({ ...base, stream: false, user: 'someone', top_p: undefined, seed: null })).toBe(
      normaliseChatRequest({ temperature: 0, messages: [{ content: 'hi', role: 'user' }], model: 'gpt-4o-mini' }),
    );
    expect(normaliseChatRequest({ ...base, stop: 'END' })).toBe(normaliseChatRequest({ ...base, stop: ['END'] }));
  });

  it('distinguishes every parameter that changes the answer', () => {
    const variants = [
      base,
      { ...base, model: 'gpt-4o' },
      { ...base, temperature: 0.5 },
      { ...base, max_tokens: 10 },
      { ...base, top_p: 0.9 },
      { ...base, seed: 1 },
      { ...base, response_format: { type: 'json_object' as const } },
      { ...base, tools: [{ type: 'function' as const, function: { name: 'lookup' } }] },
      { ...base, messages: [{ role: 'user' as const, content: 'hello' }] },
    ];
    expect(new Set(variants.map((variant) => normaliseChatRequest(variant))).size).toBe(variants.length);
  });
});
