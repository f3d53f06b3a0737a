import type { CompletionUsage } from 'openai/resources/completions';
import type { TokenUsage } from '../canonical-types.js';

/** Extra usage fields some OpenAI-compatible upstreams send (DeepSeek's cache hit/miss counts). */
interface CompatibleUsage extends CompletionUsage {
  prompt_cache_hit_tokens?: number;
  prompt_cache_miss_tokens?: number;
}

/**
 * Splits OpenAI usage into disjoint token classes. OpenAI counts cached tokens inside prompt_tokens and
 * reasoning tokens inside completion_tokens, so they are subtracted to avoid billing them twice.
 */
export function convertOpenAiUsage(usage: CompletionUsage | null | undefined): TokenUsage {
  if (!usage) return { input: 0, cachedInput: 0, cacheWrite: 0, output: 0, reasoning: 0 };
  const compatible = usage as CompatibleUsage;
  const prompt = usage.prompt_tokens ?? 0;
  const completion = usage.completion_tokens ?? 0;
  const cached = Math.min(prompt, usage.prompt_tokens_details?.cached_tokens ?? compatible.prompt_cache_hit_tokens ?? 0);
  const reasoning = Math.min(completion, usage.completion_tokens_details?.reasoning_tokens ?? 0);
  return { input: prompt - cached, cachedInput: cached, cacheWrite: 0, output: completion - reasoning, reasoning };
}
