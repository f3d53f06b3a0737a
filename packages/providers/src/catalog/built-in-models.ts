import type { CatalogModel } from './catalog-types.js';

/** Built-in models. Prices: USD per million tokens, from the vendors' published price lists on the dates given. Config extends and overrides this list. */
export const builtInModels: readonly CatalogModel[] = [
  // ───────────────────────────── Anthropic (direct) ─────────────────────────────
  // Current lineup: Fable 5.1 > Opus 5.5 > Sonnet 5.5 > Haiku 5.5. All: 1M context, 128K output, text+image in,
  // adaptive thinking, tool use, structured outputs. Sonnet 4.5 retires 2026-11-30 and is left out; Opus 5 / Sonnet 5 are legacy.
  // cacheWrite = 5-minute cache write (1-hour writes cost more and are not modelled).

  // source: https://platform.claude.com/docs/en/about-claude/pricing (model pricing table), https://platform.claude.com/docs/en/models/fable-5-1/overview
  {
    id: 'claude-fable-5-1',
    provider: 'anthropic',
    upstreamModel: 'claude-fable-5-1',
    vendor: 'anthropic',
    tier: 3,
    price: { input: 10, output: 50, cachedInput: 0.25, cacheWrite: 12.5 },
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: https://platform.claude.com/docs/en/models/opus-5-5/overview (cache read $0.20 = 0.05x input)
  {
    id: 'claude-opus-5-5',
    provider: 'anthropic',
    upstreamModel: 'claude-opus-5-5',
    vendor: 'anthropic',
    tier: 3,
    price: { input: 4, output: 20, cachedInput: 0.2, cacheWrite: 5 },
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: https://platform.claude.com/docs/en/models/sonnet-5-5/overview ($2 / $10, 5m write $2.50)
  // cache read: Anthropic cut it from $0.20 to $0.10 (0.05x) on 2026-10-07 per https://platform.claude.com/docs/en/about-claude/pricing
  // (as reported by tools re-checked against that page on 2026-10-24; the stored model-page copy still showed $0.20).
  {
    id: 'claude-sonnet-5-5',
    provider: 'anthropic',
    upstreamModel: 'claude-sonnet-5-5',
    vendor: 'anthropic',
    tier: 2,
    price: { input: 2, output: 10, cachedInput: 0.1, cacheWrite: 2.5 },
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: https://platform.claude.com/docs/en/models/haiku-5-5/overview
  // Tiered by prompt length: base band (prompt incl. cache reads/writes ≤ 100,000 tokens). Above 100K every token of the
  // request is billed at 5x: $0.50 in / $2.50 out / $0.625 5m write / $0.05 cache read.
  {
    id: 'claude-haiku-5-5',
    provider: 'anthropic',
    upstreamModel: 'claude-haiku-5-5',
    vendor: 'anthropic',
    tier: 1,
    price: { input: 0.1, output: 0.5, cachedInput: 0.01, cacheWrite: 0.125 },
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },

  // ───────────────────────────── OpenAI (direct) ─────────────────────────────
  // Current lineup (developers.openai.com/api/docs/models): GPT-6.2 Astra > GPT-6.2 Sol > GPT-6.1 Terra > GPT-6 Luna.
  // All: 1,050,000 context (922K max input), 128K output, text+image in, reasoning effort, function calling, structured outputs.
  // Tiered by prompt length: base band (≤ 272K input tokens); above that the whole request pays 2x input/cache and 1.5x output.
  // cacheWrite = 30-minute-retention cache write (12-hour writes cost 2x that).
  // Function tools over /v1/chat/completions: OpenAI documents function calling for these models, but for reasoning models
  // Chat Completions only accepts tools with reasoning_effort "none" (Luna, Terra); Sol/Astra 6.2 reject "none" and point to
  // the Responses API for tools.

  // source: https://developers.openai.com/api/docs/models/gpt-6.2-astra — $8 / $40 as reported from that page by
  // https://docs.laozhang.ai/en/announcements/gpt-6-2-2026-11 and https://apidog.com/blog/gpt-6-2-astra-api/ (checked 2026-11-18);
  // cached input $0.40 derived from "cached input 60% cheaper" than GPT-6 Astra's $1.00 (https://github.com/BerriAI/litellm/discussions/52347).
  // Cache-write price not found (GPT-6 Astra's was 1.25x input); falls back to input.
  {
    id: 'gpt-6.2-astra',
    provider: 'openai',
    upstreamModel: 'gpt-6.2-astra',
    vendor: 'openai',
    tier: 3,
    price: { input: 8, output: 40, cachedInput: 0.4 },
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // source: https://developers.openai.com/api/docs/models/gpt-6.2-sol
  {
    id: 'gpt-6.2-sol',
    provider: 'openai',
    upstreamModel: 'gpt-6.2-sol',
    vendor: 'openai',
    tier: 2,
    price: { input: 2, output: 10, cachedInput: 0.1, cacheWrite: 2.5 },
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: https://developers.openai.com/api/docs/models ($1 / $5, 1.05M, 128K);
  // cached input $0.05 and 30-min cache write $1.25 from https://apidog.com/de/blog/gpt-6-1-terra-pricing/ (citing the model page, 2026-10-27).
  // Terra is the mini-class model of the GPT-6.x line (Luna = nano-class), hence tier 1.
  {
    id: 'gpt-6.1-terra',
    provider: 'openai',
    upstreamModel: 'gpt-6.1-terra',
    vendor: 'openai',
    tier: 1,
    price: { input: 1, output: 5, cachedInput: 0.05, cacheWrite: 1.25 },
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: https://developers.openai.com/api/docs/models/gpt-6-luna
  {
    id: 'gpt-6-luna',
    provider: 'openai',
    upstreamModel: 'gpt-6-luna',
    vendor: 'openai',
    tier: 1,
    price: { input: 0.1, output: 0.5, cachedInput: 0.01, cacheWrite: 0.125 },
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },

  // ───────────────────────────── Google Gemini (direct, OpenAI-compatible endpoint) ─────────────────────────────
  // gemini-2.5-pro / gemini-2.5-flash retire 2026-12-01 and gemini-3.1-pro-preview is superseded by Gemini 4: all left out.
  // Gemini caching is implicit (no write charge); cachedInput = cache-hit price.

  // source: https://ai.google.dev/gemini-api/docs/generate-content/latest-model — unified 1,048,576-token input+output limit,
  // thinking levels low/medium/high, 64K recommended per-request output. INTRODUCTORY price through 2026-11-30:
  // $2 / $10, cache hit $0.10; from 2026-12-01 $4 / $20, cache hit $0.20 (update this entry then).
  // cache-hit price from https://github.com/iyulab/TokenMeter/releases/tag/v0.13.1 (as of 2026-10-13).
  {
    id: 'gemini-4-argon',
    provider: 'google',
    upstreamModel: 'gemini-4-argon',
    vendor: 'google',
    tier: 3,
    price: { input: 2, output: 10, cachedInput: 0.1 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: https://docs.laozhang.ai/en/announcements/gemini-4-carbon-2026-11 and https://apidog.com/blog/gemini-4-carbon-api/
  // (GA 2026-11-10, same price, context and tools as Argon; checked 2026-11-11). Same introductory price rule as Argon:
  // $2 / $10 / $0.10 through 2026-11-30, then $4 / $20 / $0.20.
  {
    id: 'gemini-4-carbon',
    provider: 'google',
    upstreamModel: 'gemini-4-carbon',
    vendor: 'google',
    tier: 3,
    price: { input: 2, output: 10, cachedInput: 0.1 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // source: https://ai.google.dev/gemini-api/docs/pricing, as transcribed on 2026-10-07 by
  // https://raw.githubusercontent.com/api-evangelist/deepmind/refs/heads/main/plans/deepmind-plans-pricing.yml
  // PROMOTIONAL price through 2026-12-31 ($0.75 / $3.75, cache hit $0.075); from 2027-01-01 $1.50 / $7.50 / $0.15.
  // cache hit from https://github.com/BerriAI/litellm/discussions/39357; limits from ai.google.dev/gemini-api/docs/models/gemini-3.8-flash
  // as quoted by https://docs.apiyi.com/en/live/2026-09/gemini-3-8-flash-official-specs.md.
  {
    id: 'gemini-3.8-flash',
    provider: 'google',
    upstreamModel: 'gemini-3.8-flash',
    vendor: 'google',
    tier: 1,
    price: { input: 0.75, output: 3.75, cachedInput: 0.075 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // source: https://ai.google.dev/gemini-api/docs/pricing, as transcribed on 2026-10-07 (same transcription as above);
  // cache hit $0.03 and limits from https://github.com/simstudioai/sim/pull/5812 (as of 2026-07-21).
  {
    id: 'gemini-3.5-flash-lite',
    provider: 'google',
    upstreamModel: 'gemini-3.5-flash-lite',
    vendor: 'google',
    tier: 1,
    price: { input: 0.3, output: 2.5, cachedInput: 0.03 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['vision', 'tools', 'json', 'reasoning'],
  },
  // source: https://docs.apiyi.com/en/models/gemini-3-1-flash-lite.md and https://vercel.com/ai-gateway/models/gemini-3.1-flash-lite.md
  // (third-party copies of Google's list price, as of 2026-07-31). Cheapest current Gemini workhorse.
  {
    id: 'gemini-3.1-flash-lite',
    provider: 'google',
    upstreamModel: 'gemini-3.1-flash-lite',
    vendor: 'google',
    tier: 1,
    price: { input: 0.25, output: 1.5, cachedInput: 0.025 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['vision', 'tools', 'json', 'reasoning'],
  },

  // ───────────────────────────── Mistral (direct) ─────────────────────────────
  // Medium 3.5 folds in the former Magistral (reasoning) and Devstral (coding) lines; Devstral 2 retired 2026-07-31.

  // source: https://docs.mistral.ai/models/mistral-large-4-0 — list price $1.36 / $4.18, cached $0.14, as reported by
  // https://vercel.com/ai-gateway/models/mistral-large-4.md and models.dev (2026-10-06); the 50%-off preview promotion ended
  // around 2026-10-20 (https://github.com/BlockRunAI/Franklin/releases/tag/v3.49.15). Context: Vercel lists 524,288,
  // other copies say 1M — the smaller figure is used.
  {
    id: 'mistral-large-4',
    provider: 'mistral',
    upstreamModel: 'mistral-large-4',
    vendor: 'mistral',
    tier: 2,
    price: { input: 1.36, output: 4.18, cachedInput: 0.14 },
    contextWindow: 524_288,
    maxOutputTokens: 262_144,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // source: https://docs.mistral.ai/models/mistral-medium-3-5-26-04 ($1.50 / $7.50); cached $0.15 from
  // https://docs.mistral.ai/inference/pricing as recorded by models.dev, as of 2026-09-29. Limits: https://openrouter.ai/mistralai/mistral-medium-3-5
  // and https://vercel.com/ai-gateway/models/mistral-medium-3.5.md.
  {
    id: 'mistral-medium-3.5',
    provider: 'mistral',
    upstreamModel: 'mistral-medium-3.5',
    vendor: 'mistral',
    tier: 2,
    price: { input: 1.5, output: 7.5, cachedInput: 0.15 },
    contextWindow: 262_144,
    maxOutputTokens: 256_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // Mistral Small 4 (2026-03). source: https://docs.mistral.ai/inference/pricing as recorded by models.dev, as of 2026-09-29.
  {
    id: 'mistral-small-2603',
    provider: 'mistral',
    upstreamModel: 'mistral-small-2603',
    vendor: 'mistral',
    tier: 1,
    price: { input: 0.15, output: 0.6, cachedInput: 0.015 },
    contextWindow: 256_000,
    maxOutputTokens: 256_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },

  // ───────────────────────────── DeepSeek (direct) ─────────────────────────────
  // source: https://api-docs.deepseek.com/quick_start/pricing — deepseek-flash = DeepSeek-V4.1-Flash, 1M context, 384K output,
  // JSON output, tool calls, vision, thinking + non-thinking modes. Prices are the PEAK (list) rates; off-peak (everything
  // outside 01:00–04:00 and 06:00–10:00 UTC on weekdays) is half. deepseek-v4-pro is left out: per https://api-docs.deepseek.com/
  // it has been routed to V4.1 Flash (and billed as Flash) since 2026-09-14 until a V4.1 Pro ships.
  {
    id: 'deepseek-flash',
    provider: 'deepseek',
    upstreamModel: 'deepseek-flash',
    vendor: 'deepseek',
    tier: 1,
    price: { input: 0.3, output: 1.2, cachedInput: 0.006 },
    contextWindow: 1_000_000,
    maxOutputTokens: 384_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },

  // ───────────────────────────── OpenRouter ─────────────────────────────
  // Meta Llama and Qwen have no first-party provider here; the rest give an OpenRouter-only user every tier.

  // Meta Llama 4 (still Meta's current open models). source: OpenRouter listing as recorded by models.dev
  // (providers/openrouter/models/meta-llama/*.toml), as of 2025; cross-checked with https://vercel.com/ai-gateway/models/llama-4-scout/providers.
  // Not reasoning models. Tier 1 by price despite Maverick's size.
  {
    id: 'meta-llama/llama-4-maverick',
    provider: 'openrouter',
    upstreamModel: 'meta-llama/llama-4-maverick',
    vendor: 'meta',
    tier: 1,
    price: { input: 0.15, output: 0.6 },
    contextWindow: 1_048_576,
    maxOutputTokens: 16_384,
    capabilities: ['code', 'vision', 'tools', 'json'],
  },
  {
    id: 'meta-llama/llama-4-scout',
    provider: 'openrouter',
    upstreamModel: 'meta-llama/llama-4-scout',
    vendor: 'meta',
    tier: 1,
    price: { input: 0.08, output: 0.3 },
    contextWindow: 327_680,
    maxOutputTokens: 16_384,
    capabilities: ['vision', 'tools', 'json'],
  },

  // Qwen. Prices: OpenRouter listing as recorded by models.dev (providers/openrouter/models/qwen/*.toml), as of 2026-08/09;
  // list prices cross-checked against Alibaba's ($2 / $6 for Max, $0.15 / $0.47 for Flash: https://dev.to/hassann/how-to-use-the-qwen-38-api-1cgm,
  // https://vercel.com/ai-gateway/models/qwen3.8-flash.md).
  // Qwen3.8-Max: flagship, thinking-only, text/image/video in. Cache prices left out (the copy found was inconsistent).
  {
    id: 'qwen/qwen3.8-max',
    provider: 'openrouter',
    upstreamModel: 'qwen/qwen3.8-max',
    vendor: 'qwen',
    tier: 2,
    price: { input: 2, output: 6 },
    contextWindow: 1_000_000,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // Qwen3.8 2.4T-A95B: the open-weight base of Qwen3.8-Max (text only).
  {
    id: 'qwen/qwen3.8-2.4t-a95b',
    provider: 'openrouter',
    upstreamModel: 'qwen/qwen3.8-2.4t-a95b',
    vendor: 'qwen',
    tier: 2,
    price: { input: 2, output: 6, cachedInput: 0.2 },
    contextWindow: 262_144,
    maxOutputTokens: 52_429,
    capabilities: ['code', 'tools', 'json', 'reasoning'],
  },
  {
    id: 'qwen/qwen3.8-flash',
    provider: 'openrouter',
    upstreamModel: 'qwen/qwen3.8-flash',
    vendor: 'qwen',
    tier: 1,
    price: { input: 0.16, output: 0.47, cachedInput: 0.016, cacheWrite: 0.2 },
    contextWindow: 1_000_000,
    maxOutputTokens: 131_072,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // Tiered by prompt length: base band (≤ 256K tokens); above it $0.96 / $3.84 / cache $0.192 / write $1.20.
  {
    id: 'qwen/qwen3.7-plus',
    provider: 'openrouter',
    upstreamModel: 'qwen/qwen3.7-plus',
    vendor: 'qwen',
    tier: 1,
    price: { input: 0.32, output: 1.28, cachedInput: 0.064, cacheWrite: 0.4 },
    contextWindow: 1_000_000,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },

  // Google via OpenRouter.
  // source: https://openrouter.ai/google/gemini-4-carbon — $2 / $10 (introductory 50% off; $4 / $20 from 2026-12-01), 1.0M context.
  {
    id: 'google/gemini-4-carbon',
    provider: 'openrouter',
    upstreamModel: 'google/gemini-4-carbon',
    vendor: 'google',
    tier: 3,
    price: { input: 2, output: 10, cachedInput: 0.1 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: OpenRouter listing as recorded by models.dev (providers/openrouter/models/google/gemini-3.8-flash.toml), as of 2026-09:
  // OpenRouter lists the $1.50 / $7.50 standard rate, not Google's promotional $0.75 / $3.75.
  {
    id: 'google/gemini-3.8-flash',
    provider: 'openrouter',
    upstreamModel: 'google/gemini-3.8-flash',
    vendor: 'google',
    tier: 1,
    price: { input: 1.5, output: 7.5, cachedInput: 0.15 },
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // Gemma 4 31B (open weights). source: OpenRouter listing as recorded by models.dev, as of 2026; 256K context per Google's Gemma 4 docs.
  {
    id: 'google/gemma-4-31b-it',
    provider: 'openrouter',
    upstreamModel: 'google/gemma-4-31b-it',
    vendor: 'google',
    tier: 1,
    price: { input: 0.12, output: 0.37 },
    contextWindow: 262_144,
    maxOutputTokens: 16_384,
    capabilities: ['code', 'vision', 'tools', 'reasoning'],
  },

  // Anthropic via OpenRouter (billed at Anthropic's list prices, same as the direct entries above).
  // source: https://openrouter.ai/anthropic/claude-opus-5.5 (llms.txt: slug, response_format, reasoning), prices per platform.claude.com.
  {
    id: 'anthropic/claude-opus-5.5',
    provider: 'openrouter',
    upstreamModel: 'anthropic/claude-opus-5.5',
    vendor: 'anthropic',
    tier: 3,
    price: { input: 4, output: 20, cachedInput: 0.2, cacheWrite: 5 },
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },
  // source: OpenRouter listing as recorded by models.dev (providers/openrouter/models/anthropic/claude-sonnet-5.5.toml, 2026-09-28),
  // cache read updated to Anthropic's $0.10 of 2026-10-07.
  {
    id: 'anthropic/claude-sonnet-5.5',
    provider: 'openrouter',
    upstreamModel: 'anthropic/claude-sonnet-5.5',
    vendor: 'anthropic',
    tier: 2,
    price: { input: 2, output: 10, cachedInput: 0.1, cacheWrite: 2.5 },
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },

  // OpenAI via OpenRouter. source: https://apidog.com/de/blog/gpt-6-1-terra-pricing/ ("OpenRouter's openai/gpt-6.1-terra endpoint
  // matches these prices": standard $1 / $5), as of 2026-10-27; cache prices per developers.openai.com.
  {
    id: 'openai/gpt-6.1-terra',
    provider: 'openrouter',
    upstreamModel: 'openai/gpt-6.1-terra',
    vendor: 'openai',
    tier: 1,
    price: { input: 1, output: 5, cachedInput: 0.05, cacheWrite: 1.25 },
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },

  // Mistral via OpenRouter.
  // source: https://openrouter.ai/mistralai/mistral-medium-3-5 ($1.50 / $7.50, 262,144 context).
  {
    id: 'mistralai/mistral-medium-3-5',
    provider: 'openrouter',
    upstreamModel: 'mistralai/mistral-medium-3-5',
    vendor: 'mistral',
    tier: 2,
    price: { input: 1.5, output: 7.5 },
    contextWindow: 262_144,
    maxOutputTokens: 256_000,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
    pricesCheckedAt: '2026-11-22',
  },
  // source: OpenRouter listing as recorded by models.dev (providers/openrouter/models/mistralai/mistral-small-2603.toml), as of 2026.
  {
    id: 'mistralai/mistral-small-2603',
    provider: 'openrouter',
    upstreamModel: 'mistralai/mistral-small-2603',
    vendor: 'mistral',
    tier: 1,
    price: { input: 0.15, output: 0.6, cachedInput: 0.015 },
    contextWindow: 262_144,
    maxOutputTokens: 262_144,
    capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'],
  },

  // ───────────────────────────── Local (Ollama) ─────────────────────────────
  // Free; contexts are the models' native windows (set num_ctx accordingly). Ollama structured outputs work with any model.

  // Small general model. source: https://ollama.com/search?q=gemma4 (vision, tools, thinking), 128K context for the small
  // Gemma 4 sizes per https://www.lmstudio.ai/google/gemma-4-e2b.
  {
    id: 'gemma4:e4b',
    provider: 'ollama',
    upstreamModel: 'gemma4:e4b',
    vendor: 'google',
    tier: 0,
    price: { input: 0, output: 0 },
    contextWindow: 131_072,
    maxOutputTokens: 8_192,
    capabilities: ['vision', 'tools', 'json', 'reasoning'],
  },
  // Coder model. source: https://huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct (262,144 native context, non-thinking),
  // Ollama library tag qwen3-coder:30b.
  {
    id: 'qwen3-coder:30b',
    provider: 'ollama',
    upstreamModel: 'qwen3-coder:30b',
    vendor: 'qwen',
    tier: 0,
    price: { input: 0, output: 0 },
    contextWindow: 262_144,
    maxOutputTokens: 65_536,
    capabilities: ['code', 'tools', 'json'],
  },
  // Vision model. source: Ollama library qwen3-vl (8b tag: 256K context window, text+image).
  {
    id: 'qwen3-vl:8b',
    provider: 'ollama',
    upstreamModel: 'qwen3-vl:8b',
    vendor: 'qwen',
    tier: 0,
    price: { input: 0, output: 0 },
    contextWindow: 262_144,
    maxOutputTokens: 32_768,
    capabilities: ['vision', 'tools', 'json'],
  },
  // Reasoning model. source: https://ollama.com/search?q=gpt-oss (tools, thinking), https://cookbook.openai.com/articles/gpt-oss/run-locally-ollama,
  // 131,072 native context.
  {
    id: 'gpt-oss:20b',
    provider: 'ollama',
    upstreamModel: 'gpt-oss:20b',
    vendor: 'openai',
    tier: 0,
    price: { input: 0, output: 0 },
    contextWindow: 131_072,
    maxOutputTokens: 32_768,
    capabilities: ['code', 'tools', 'json', 'reasoning'],
  },
];
