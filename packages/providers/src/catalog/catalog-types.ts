/** What a model can do; the router only sends a task to models that have every capability it needs. */
export type ModelCapability = 'code' | 'vision' | 'tools' | 'json' | 'reasoning';

/** USD per million tokens, per token class. Missing classes fall back: cachedInput/cacheWrite → input, reasoning → output. */
export interface ModelPrice {
  input: number;
  output: number;
  cachedInput?: number;
  cacheWrite?: number;
  reasoning?: number;
}

/** One model as one provider serves it (a "deployment"). The same `id` may appear under several providers. */
export interface CatalogModel {
  /** The id clients use, e.g. `gpt-4o-mini`, `claude-sonnet-4-5`, `google/gemini-2.5-pro`. */
  id: string;
  /** The configured provider id that serves it (`openai`, `anthropic`, `openrouter`, `ollama`, …). */
  provider: string;
  /** The name sent upstream (OpenRouter slug, Azure deployment, dated Anthropic id). Defaults to `id`. */
  upstreamModel: string;
  /** Who made the model (openai, anthropic, google, meta, mistral, deepseek, qwen, …). */
  vendor: string;
  /** 0 free/local, 1 cheap, 2 strong, 3 premium. */
  tier: number;
  price: ModelPrice;
  contextWindow: number;
  maxOutputTokens: number;
  capabilities: ModelCapability[];
  /** ISO date (YYYY-MM-DD) the prices were last checked against the vendor's published price list. */
  pricesCheckedAt?: string;
  /** Set for `provider/model` ids the catalog does not know: no cost can be computed. */
  priceUnknown?: boolean;
}
