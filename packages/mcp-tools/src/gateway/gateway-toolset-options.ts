import type { CallOptions, CanonicalChunk, CanonicalRequest, CanonicalResponse, GatewayMetadata, Logger, ProviderRegistry, RequestDefaults } from '@gw/providers';

/**
 * What `model: "auto"` calls once `@gw/router` exists. Kept structural so this package does not depend on
 * the router; `createRouter(...)` satisfies it.
 */
export interface GatewayRouter {
  route(request: CanonicalRequest, options?: Pick<CallOptions, 'signal'>): Promise<CanonicalResponse>;
  /** Streams the routed answer; without it, `stream: true` calls get the whole answer as one progress notification. */
  stream?(request: CanonicalRequest, options?: Pick<CallOptions, 'signal'>): AsyncIterable<CanonicalChunk> & {
    readonly result: Promise<{ gw: GatewayMetadata; finishReason: string | null }>;
  };
}

/** The registry itself, or a function that makes it on first use (the stdio app loads the HTTP stack lazily). */
export type RegistrySource = ProviderRegistry | (() => ProviderRegistry | Promise<ProviderRegistry>);

export interface GatewayToolsetOptions {
  registry: RegistrySource;
  /** Chooses a model for `model: "auto"` (or no model). Without it, `defaultModel` is used. */
  router?: GatewayRouter;
  /** The model used when a call names none (or `auto` without a router). */
  defaultModel?: string;
  /** With one provider configured: names the catalog does not know go to it as `<provider>/<name>`. */
  passThroughProvider?: string;
  /** Applied when a call gives no `temperature` / `max_tokens`. */
  requestDefaults?: RequestDefaults;
  /** The operator's text (mcp-ai-gateway's `DESCRIPTION`), appended to the tool descriptions. */
  description?: string;
  /** Values that must never reach a client (provider keys); removed from every error text. */
  secrets?: readonly string[];
  logger?: Logger;
}
