import { z } from 'zod';

const capability = z.enum(['code', 'vision', 'tools', 'json', 'reasoning']);

export const listModelsInputSchema = z.object({
  capability: z.union([capability, z.array(capability).min(1)]).optional().describe('Only models with this capability (or all of these)'),
  provider: z.string().min(1).optional().describe('Only models of this configured provider'),
  tier: z.number().int().min(0).max(9).optional().describe('Only this tier: 0 free/local, 1 cheap, 2 strong, 3 premium'),
  max_input_price: z.number().min(0).optional().describe('Only models whose input price is at most this (USD per million tokens)'),
  max_output_price: z.number().min(0).optional().describe('Only models whose output price is at most this (USD per million tokens)'),
});

const price = z.object({
  input: z.number(),
  output: z.number(),
  cached_input: z.number().optional(),
  cache_write: z.number().optional(),
  reasoning: z.number().optional(),
});

export const listModelsOutputSchema = z.object({
  models: z.array(
    z.object({
      id: z.string().describe('Pass this as chat_completion.model'),
      provider: z.string(),
      tier: z.number().int(),
      price_per_million_tokens_usd: price,
      context_window: z.number().int(),
      max_output_tokens: z.number().int(),
      capabilities: z.array(capability),
    }),
  ),
  count: z.number().int(),
  default_model: z.string().optional(),
  providers: z.array(z.string()).describe('Configured provider ids ("<provider>/<model>" works for models not listed)'),
  description: z.string().optional().describe("The operator's notes on the models"),
});

export type ListModelsInput = z.output<typeof listModelsInputSchema>;
export type ListModelsOutput = z.output<typeof listModelsOutputSchema>;
