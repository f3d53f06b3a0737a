import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { convertOpenAiUsage } from './convert-openai-usage.js';

describe('computeCost', () => {
  it('prices every token class separately', () => {
    const cost = computeCost(
      { input: 1_000_000, cachedInput: 2_000_000, cacheWrite: 100_000, output: 500_000, reasoning: 250_000 },
      { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15, reasoning: 20 },
    );
    expect(cost).toEqual({ input: 3, cachedInput: 0.6, cacheWrite: 0.375, output: 7.5, reasoning: 5, total: 16.475 });
  });

  it('falls back to input price for cache classes and output price for reasoning', () => {
    const cost = computeCost({ input: 10, cachedInput: 10, cacheWrite: 10, output: 10, reasoning: 10 }, { input: 1, output: 2 });
    expect(cost).toEqual({ input: 0.00001, cachedInput: 0.00001, cacheWrite: 0.00001, output: 0.00002, reasoning: 0.00002, total: 0.00007 });
  });

  it('has no float noise in totals', () => {
    expect(computeCost({ input: 100_000, cachedInput: 0, cacheWrite: 0, output: 200_000, reasoning: 0 }, { input: 1, output: 1 }).total).toBe(0.3);
  });
});

describe('convertOpenAiUsage', () => {
  it('subtracts cached tokens from input and reasoning tokens from output', () => {
    expect(
      convertOpenAiUsage({
        prompt_tokens: 100,
        completion_tokens: 50,
        total_tokens: 150,
        prompt_tokens_details: { cached_tokens: 40 },
        completion_tokens_details: { reasoning_tokens: 20 },
      }),
    ).toEqual({ input: 60, cachedInput: 40, cacheWrite: 0, output: 30, reasoning: 20 });
  });

  it('reads DeepSeek cache hits and tolerates missing usage', () => {
    expect(convertOpenAiUsage({ prompt_tokens: 10, completion_tokens: 1, total_tokens: 11, prompt_cache_hit_tokens: 4 } as never)).toEqual({
      input: 6,
      cachedInput: 4,
      cacheWrite: 0,
      output: 1,
      reasoning: 0,
    });
    expect(convertOpenAiUsage(undefined)).toEqual({ input: 0, cachedInput: 0, cacheWrite: 0, output: 0, reasoning: 0 });
  });
});
