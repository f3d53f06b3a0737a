import { describe, expect, it } from 'vitest';
import { convertAnthropicUsage } from './convert-anthropic-usage.js';

describe('convertAnthropicUsage', () => {
  it('adds cache reads and writes back into prompt_tokens and keeps every class apart in tokens', () => {
    expect(
      convertAnthropicUsage({
        input_tokens: 120,
        output_tokens: 48,
        cache_read_input_tokens: 2000,
        cache_creation_input_tokens: 300,
      }),
    ).toEqual({
      usage: {
        prompt_tokens: 2420,
        completion_tokens: 48,
        total_tokens: 2468,
        prompt_tokens_details: { cached_tokens: 2000, cache_write_tokens: 300 },
      },
      tokens: { input: 120, cachedInput: 2000, cacheWrite: 300, output: 48, reasoning: 0 },
    });
  });

  it('reads null and missing counts (a message_delta usage) as zero', () => {
    expect(
      convertAnthropicUsage({ input_tokens: null, output_tokens: 7, cache_read_input_tokens: null, cache_creation_input_tokens: null }),
    ).toEqual({
      usage: {
        prompt_tokens: 0,
        completion_tokens: 7,
        total_tokens: 7,
        prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      },
      tokens: { input: 0, cachedInput: 0, cacheWrite: 0, output: 7, reasoning: 0 },
    });
  });

  it('counts a missing usage as zero', () => {
    expect(convertAnthropicUsage(undefined).tokens).toEqual({ input: 0, cachedInput: 0, cacheWrite: 0, output: 0, reasoning: 0 });
  });
});
