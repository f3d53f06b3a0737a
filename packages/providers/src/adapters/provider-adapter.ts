import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { Dispatcher } from 'undici';
import type { CanonicalChunk, CanonicalRequest, TokenUsage } from '../canonical-types.js';
import type { CatalogModel } from '../catalog/catalog-types.js';
import type { ProviderConfig } from '../config/registry-config-schema.js';

/** A configured provider with everything an adapter needs to call it. */
export interface ResolvedProvider {
  config: ProviderConfig;
  /** Read lazily from config; undefined for local servers. Never logged. */
  apiKey: string | undefined;
  dispatcher: Dispatcher;
}

export interface AdapterCall {
  request: CanonicalRequest;
  model: CatalogModel;
  provider: ResolvedProvider;
  signal?: AbortSignal;
  timeoutMs: number;
  firstByteTimeoutMs: number;
  idleTimeoutMs: number;
  /** Extra headers for this call only (request id propagation). */
  headers?: Record<string, string>;
}

export interface AdapterResult {
  response: ChatCompletion;
  tokens: TokenUsage;
  rawUsage: unknown;
  warnings: string[];
}

/** What a finished stream reports once its last chunk has been yielded. */
export interface StreamOutcome {
  tokens: TokenUsage;
  rawUsage: unknown;
  warnings: string[];
  finishReason: ChatCompletionChunk.Choice['finish_reason'];
}

export interface ProviderAdapter {
  chat(call: AdapterCall): Promise<AdapterResult>;
  /** Yields canonical chunks as they arrive; the return value summarises the stream. Ends only on the upstream's terminator. */
  stream(call: AdapterCall): AsyncGenerator<CanonicalChunk, StreamOutcome, undefined>;
}
