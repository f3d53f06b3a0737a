import { z } from 'zod';

const capabilitySchema = z.enum(['code', 'vision', 'tools', 'json', 'reasoning']);

const priceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cachedInput: z.number().nonnegative().optional(),
  cacheWrite: z.number().nonnegative().optional(),
  reasoning: z.number().nonnegative().optional(),
});

export const providerConfigSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case letters, digits, ".", "_" and "-" only'),
  format: z.enum(['openai', 'anthropic']),
  baseURL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  apiKey: z.string().min(1).optional(),
  /** Variant of the OpenAI format: plain OpenAI, Azure OpenAI, OpenRouter, a local server (no key) or any compatible endpoint. */
  kind: z.enum(['openai', 'azure', 'openrouter', 'local', 'compatible']).optional(),
  organization: z.string().min(1).optional(),
  project: z.string().min(1).optional(),
  anthropicVersion: z.string().min(1).optional(),
  /** Azure OpenAI `api-version` query parameter. */
  apiVersion: z.string().min(1).optional(),
  /** OpenRouter attribution (HTTP-Referer and X-Title headers). */
  referer: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  /** Ask OpenAI-format upstreams for usage on streams (`stream_options.include_usage`); turn off for servers that reject it. */
  streamUsage: z.boolean().optional(),
  timeoutMs: z.number().int().positive().optional(),
  firstByteTimeoutMs: z.number().int().positive().optional(),
});

export const modelConfigSchema = z.strictObject({
  id: z.string().min(1),
  provider: z.string().min(1),
  upstreamModel: z.string().min(1).optional(),
  vendor: z.string().min(1).optional(),
  tier: z.number().int().min(0).max(9).optional(),
  price: priceSchema.optional(),
  contextWindow: z.number().int().positive().optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  capabilities: z.array(capabilitySchema).optional(),
  pricesCheckedAt: z.string().optional(),
});

export const registryConfigSchema = z.strictObject({
  providers: z.array(providerConfigSchema).min(1, 'configure at least one provider'),
  models: z.array(modelConfigSchema).optional(),
  /** Include gw's built-in catalog (default true). Config models extend and override it. */
  builtInModels: z.boolean().optional(),
  /** Used when a request names no model (or `auto`) and no router chooses one. */
  defaultModel: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().optional(),
  firstByteTimeoutMs: z.number().int().positive().optional(),
  idleTimeoutMs: z.number().int().positive().optional(),
  proxy: z
    .union([
      z.literal(false),
      z.strictObject({ httpProxy: z.string().optional(), httpsProxy: z.string().optional(), noProxy: z.string().optional() }),
    ])
    .optional(),
});

export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type ModelConfig = z.infer<typeof modelConfigSchema>;
export type RegistryConfigInput = z.infer<typeof registryConfigSchema>;
