import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';

/**
 * The canonical request: OpenAI Chat Completions parameters. `model` may be a catalog id,
 * `provider/model`, an alias (resolved before the registry sees it) or `auto` (the router's job).
 */
export type CanonicalRequest = Omit<ChatCompletionCreateParams, 'model' | 'stream'> & {
  model?: string;
  stream?: boolean | null;
};

export type CanonicalMessage = ChatCompletionMessageParam;
export type CanonicalTool = ChatCompletionTool;

/** Tokens of every class an upstream can bill for. `input` excludes cached reads and cache writes; `output` excludes reasoning. */
export interface TokenUsage {
  input: number;
  cachedInput: number;
  cacheWrite: number;
  output: number;
  reasoning: number;
}

/** USD cost per token class and in total. */
export interface CostBreakdown {
  input: number;
  cachedInput: number;
  cacheWrite: number;
  output: number;
  reasoning: number;
  total: number;
}

/** gw's own data about an answer; rides in the extra `gw` field of responses and of the final stream chunk. */
export interface GatewayMetadata {
  /** The configured provider id that served the answer. */
  provider: string;
  /** The catalog model id that served the answer. */
  model: string;
  /** The model name sent upstream (a deployment name for Azure). */
  upstreamModel: string;
  tier?: number;
  /** Token counts by class (normalised across upstream formats). */
  tokens?: TokenUsage;
  /** The upstream's usage object, as it sent it. */
  rawUsage?: unknown;
  costUsd?: number;
  cost?: CostBreakdown;
  /** Parameters the upstream cannot honour and that were dropped or changed, named so nothing is silent. */
  warnings?: string[];
  latencyMs?: number;
  requestId?: string;
  /** Filled in by layers above the providers (router trace, attempts, cache). */
  [extra: string]: unknown;
}

export type CanonicalResponse = ChatCompletion & { gw?: GatewayMetadata };
export type CanonicalChunk = ChatCompletionChunk & { gw?: GatewayMetadata };
