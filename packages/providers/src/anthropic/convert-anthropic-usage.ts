import type { CompletionUsage } from 'openai/resources/completions';
import type { TokenUsage } from '../canonical-types.js';

/** The counts Anthropic reports, in a `Message` (`Usage`) or a `message_delta` event (`MessageDeltaUsage`). */
export interface AnthropicUsageCounts {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

/**
 * Anthropic usage as OpenAI usage and as gw's per-class token counts. Anthropic's `input_tokens` excludes
 * cache reads and writes while OpenAI's `prompt_tokens` includes every prompt token, so the classes are
 * added back together; thinking tokens are inside `output_tokens` and Anthropic does not split them out.
 * A missing usage (a stream cut before message_start) counts as zero.
 */
export function convertAnthropicUsage(usage: AnthropicUsageCounts | null | undefined): { usage: CompletionUsage; tokens: TokenUsage } {
  const input = usage?.input_tokens ?? 0;
  const cachedInput = usage?.cache_read_input_tokens ?? 0;
  const cacheWrite = usage?.cache_creation_input_tokens ?? 0;
  const output = usage?.output_tokens ?? 0;
  const promptTokens = input + cachedInput + cacheWrite;
  return {
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: output,
      total_tokens: promptTokens + output,
      prompt_tokens_details: { cached_tokens: cachedInput, cache_write_tokens: cacheWrite },
    },
    tokens: { input, cachedInput, cacheWrite, output, reasoning: 0 },
  };
}
