import type { Usage } from '@anthropic-ai/sdk/resources/messages';
import type { CompletionUsage } from 'openai/resources/completions';

/** The four counts Anthropic splits a usage into. */
export interface AnthropicTokenCounts {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
}

/**
 * OpenAI usage as Anthropic's counts: `prompt_tokens` includes cached reads (and, where reported, cache
 * writes) while Anthropic's `input_tokens` excludes both, so they are taken out again.
 */
export function convertToAnthropicTokenCounts(usage: CompletionUsage | null | undefined): AnthropicTokenCounts {
  const cachedInput = usage?.prompt_tokens_details?.cached_tokens ?? 0;
  const cacheWrite = usage?.prompt_tokens_details?.cache_write_tokens ?? 0;
  return {
    input_tokens: Math.max(0, (usage?.prompt_tokens ?? 0) - cachedInput - cacheWrite),
    output_tokens: usage?.completion_tokens ?? 0,
    cache_read_input_tokens: cachedInput,
    cache_creation_input_tokens: cacheWrite,
  };
}

/** OpenAI usage as a complete Anthropic `Usage` object; fields OpenAI has no counterpart for are null. */
export function convertToAnthropicUsage(usage: CompletionUsage | null | undefined): Usage {
  return {
    ...convertToAnthropicTokenCounts(usage),
    cache_creation: null,
    inference_geo: null,
    server_tool_use: null,
    service_tier: null,
  };
}
