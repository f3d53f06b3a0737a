import { describe, expect, it } from 'vitest';
import { convertAnthropicUsage } from './convert-anthropic-usage.js';
import { convertToAnthropicTokenCounts, convertToAnthropicUsage } from './convert-to-anthropic-usage.js';

describe('convertToAnthropicUsage', () => {
  it('takes cached tokens out of input_tokens', () => {
    expect(
      convertToAnthropicUsage({
        prompt_tokens: 1500,
        completion_tokens: 80,
        total_tokens: 1580,
        prompt_tokens_details: { cached_tokens: 1024 },
      }),
    ).toEqual({
      input_tokens: 476,
      output_tokens: 80,
      cache_read_input_tokens: 1024,
      cache_creation_input_tokens: 0,
      cache_creation: null,
      inference_geo: null,
      server_tool_use: null,
      service_tier: null,
    });
  });

  it('takes reported cache writes out too, so it inverts convertAnthropicUsage', () => {
    const counts = { input_tokens: 12, output_tokens: 5, cache_read_input_tokens: 4000, cache_creation_input_tokens: 900 };
    expect(convertToAnthropicTokenCounts(convertAnthropicUsage(counts).usage)).toEqual(counts);
  });

  it('reads a missing usage as zeros', () => {
    expect(convertToAnthropicTokenCounts(undefined)).toEqual({
      input_tokens: 0,
      output_tokens: 0,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
    });
  });
});
