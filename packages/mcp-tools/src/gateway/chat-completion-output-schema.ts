import { z } from 'zod';

/** `structuredContent` of a successful chat_completion: who answered, how it ended, what it used and cost. */
export const chatCompletionOutputSchema = z.object({
  model: z.string().describe('The catalog model that answered'),
  provider: z.string().describe('The configured provider that served it'),
  upstream_model: z.string(),
  tier: z.number().int().optional(),
  finish_reason: z.string().describe('stop, length, tool_calls, content_filter, … (unknown when the upstream gave none)'),
  usage: z.object({
    prompt_tokens: z.number().int(),
    completion_tokens: z.number().int(),
    total_tokens: z.number().int(),
    cached_tokens: z.number().int(),
    cache_write_tokens: z.number().int(),
    reasoning_tokens: z.number().int(),
  }),
  // Optional rather than nullable: single-`type` schema dialects (Gemini function declarations) cannot say null.
  cost_usd: z.number().optional().describe('USD for this call at catalog prices; absent when the model has no known price (see warnings)'),
  tool_calls: z.array(z.object({ id: z.string(), name: z.string(), arguments: z.string().describe('JSON text') })),
  warnings: z.array(z.string()).describe('Parameters the upstream could not honour, unknown prices, …'),
  streamed: z.boolean(),
  latency_ms: z.number().optional(),
});

export type ChatCompletionOutput = z.output<typeof chatCompletionOutputSchema>;
