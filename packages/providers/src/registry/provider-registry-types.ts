import type { CanonicalChunk, CanonicalRequest, CanonicalResponse, GatewayMetadata } from '../canonical-types.js';
import type { CatalogModel, ModelCapability } from '../catalog/catalog-types.js';
import type { ModelCatalog } from '../catalog/create-model-catalog.js';
import type { RegistryConfigInput } from '../config/registry-config-schema.js';
import type { Logger } from '../logger.js';

export interface ProviderRegistryOptions extends RegistryConfigInput {
  logger?: Logger;
  /** Where proxy variables are read from (default `process.env`, read when the registry is created). */
  environment?: Record<string, string | undefined>;
  /** Replaces the built-in catalog (tests, embedders with their own list). */
  catalog?: readonly CatalogModel[];
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
  requestId?: string;
  /** Call this deployment instead of resolving `request.model` (the router picks deployments itself). */
  target?: CatalogModel;
  /** Extra upstream headers for this call. */
  headers?: Record<string, string>;
}

export interface StreamResult {
  gw: GatewayMetadata;
  finishReason: string | null;
}

/** A streamed answer: iterate it for canonical chunks; `result` settles when the stream ends (or fails). */
export interface ChatStream extends AsyncIterable<CanonicalChunk> {
  readonly target: CatalogModel;
  readonly result: Promise<StreamResult>;
}

export interface ModelFilter {
  capability?: ModelCapability | readonly ModelCapability[];
  provider?: string;
  tier?: number;
  /** Only models whose input price (USD per million tokens) is at most this. */
  maxInputPrice?: number;
  maxOutputPrice?: number;
}

export interface ProviderInfo {
  id: string;
  format: 'openai' | 'anthropic';
  kind: string;
  baseURL: string;
  hasApiKey: boolean;
}

export interface ProviderRegistry {
  chat(request: CanonicalRequest, options?: CallOptions): Promise<CanonicalResponse>;
  stream(request: CanonicalRequest, options?: CallOptions): ChatStream;
  listModels(filter?: ModelFilter): CatalogModel[];
  /** Deployments for a model string (catalog id or `provider/model`); throws ModelNotFoundError. */
  resolveModel(model: string): readonly CatalogModel[];
  readonly catalog: ModelCatalog;
  readonly providers: readonly ProviderInfo[];
  /** Closes pooled upstream connections. */
  close(): Promise<void>;
}
