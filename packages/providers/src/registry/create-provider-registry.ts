import type { Dispatcher } from 'undici';
import type { CanonicalChunk, CanonicalRequest, CanonicalResponse, GatewayMetadata, TokenUsage } from '../canonical-types.js';
import { anthropicAdapter } from '../adapters/anthropic-adapter.js';
import { openAiAdapter } from '../adapters/openai-adapter.js';
import type { AdapterCall, ProviderAdapter, ResolvedProvider } from '../adapters/provider-adapter.js';
import { builtInModels } from '../catalog/built-in-models.js';
import type { CatalogModel } from '../catalog/catalog-types.js';
import { computeCost } from '../catalog/compute-cost.js';
import { createModelCatalog } from '../catalog/create-model-catalog.js';
import { parseRegistryConfig } from '../config/parse-registry-config.js';
import type { ProviderConfig } from '../config/registry-config-schema.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { InvalidRequestError } from '../errors/invalid-request-error.js';
import { createUpstreamDispatcher, readProxySettings } from '../http/create-upstream-dispatcher.js';
import { silentLogger } from '../logger.js';
import { filterModels } from './filter-models.js';
import type { CallOptions, ChatStream, ProviderInfo, ProviderRegistry, ProviderRegistryOptions, StreamResult } from './provider-registry-types.js';
import { resolveModel } from './resolve-model.js';

const defaultTimeoutMs = 60_000;

function isLocal(config: ProviderConfig): boolean {
  return config.kind === 'local';
}

function keyRequired(config: ProviderConfig): boolean {
  return config.format === 'anthropic' || config.kind === undefined || config.kind === 'openai' || config.kind === 'azure' || config.kind === 'openrouter';
}

/**
 * The provider registry: one canonical `chat`/`stream` over every configured upstream. Nothing touches the
 * network until the first call; keys are checked when a provider is first used.
 */
export function createProviderRegistry(options: ProviderRegistryOptions): ProviderRegistry {
  const { logger = silentLogger, environment = process.env, catalog: catalogOverride, ...rawConfig } = options;
  const config = parseRegistryConfig(rawConfig);
  const providerConfigs = new Map(config.providers.map((provider) => [provider.id, provider]));
  const providerSettings = new Map(config.providers.map((provider) => [provider.id, { local: isLocal(provider) }]));
  const catalog = createModelCatalog({
    builtIn: config.builtInModels === false ? [] : (catalogOverride ?? builtInModels),
    configured: config.models ?? [],
    providers: providerSettings,
  });
  const proxy = config.proxy === false ? undefined : (config.proxy ?? readProxySettings(environment));
  let dispatcher: Dispatcher | undefined;
  const resolvedProviders = new Map<string, ResolvedProvider>();

  const providerFor = (id: string): ResolvedProvider => {
    const existing = resolvedProviders.get(id);
    if (existing) return existing;
    const providerConfig = providerConfigs.get(id);
    if (!providerConfig) throw new ConfigurationError(`providers.${id}`, 'this provider is not configured');
    if (keyRequired(providerConfig) && !providerConfig.apiKey) {
      throw new ConfigurationError(`providers.${id}.apiKey`, `no API key is configured for provider "${id}"`);
    }
    dispatcher ??= createUpstreamDispatcher(proxy);
    const resolved: ResolvedProvider = { config: providerConfig, apiKey: providerConfig.apiKey, dispatcher };
    resolvedProviders.set(id, resolved);
    return resolved;
  };

  const adapterFor = (provider: ResolvedProvider): ProviderAdapter => (provider.config.format === 'anthropic' ? anthropicAdapter : openAiAdapter);

  const targetFor = (request: CanonicalRequest, callOptions: CallOptions | undefined): CatalogModel => {
    if (callOptions?.target) return callOptions.target;
    const model = request.model && request.model !== 'auto' ? request.model : config.defaultModel;
    if (!model) {
      throw new InvalidRequestError('No model given: name a model (a catalog id or "provider/model"), or configure a default model.', {
        parameter: 'model',
      });
    }
    return resolveModel(model, catalog, providerSettings)[0]!;
  };

  const buildCall = (request: CanonicalRequest, target: CatalogModel, callOptions: CallOptions | undefined): AdapterCall => {
    if (!Array.isArray(request.messages) || request.messages.length === 0) {
      throw new InvalidRequestError('messages must be a non-empty array of chat messages', { parameter: 'messages' });
    }
    const provider = providerFor(target.provider);
    const timeoutMs = callOptions?.timeoutMs ?? provider.config.timeoutMs ?? config.timeoutMs ?? defaultTimeoutMs;
    const firstByteTimeoutMs = Math.min(timeoutMs, callOptions?.firstByteTimeoutMs ?? provider.config.firstByteTimeoutMs ?? config.firstByteTimeoutMs ?? timeoutMs);
    const idleTimeoutMs = Math.min(timeoutMs, callOptions?.idleTimeoutMs ?? config.idleTimeoutMs ?? timeoutMs);
    return {
      request,
      model: target,
      provider,
      signal: callOptions?.signal,
      timeoutMs,
      firstByteTimeoutMs,
      idleTimeoutMs,
      headers: callOptions?.headers,
    };
  };

  const metadataFor = (target: CatalogModel, tokens: TokenUsage, rawUsage: unknown, warnings: string[], started: number, requestId: string | undefined): GatewayMetadata => {
    const metadata: GatewayMetadata = {
      provider: target.provider,
      model: target.id,
      upstreamModel: target.upstreamModel,
      tier: target.tier,
      tokens,
      rawUsage,
      latencyMs: Math.round(performance.now() - started),
    };
    if (target.priceUnknown) {
      warnings = [...warnings, `no price is known for ${target.id}; cost was not computed`];
    } else {
      const cost = computeCost(tokens, target.price);
      metadata.cost = cost;
      metadata.costUsd = cost.total;
    }
    if (warnings.length > 0) metadata.warnings = warnings;
    if (requestId) metadata.requestId = requestId;
    return metadata;
  };

  async function chat(request: CanonicalRequest, callOptions?: CallOptions): Promise<CanonicalResponse> {
    const started = performance.now();
    const target = targetFor(request, callOptions);
    const call = buildCall(request, target, callOptions);
    const result = await adapterFor(call.provider).chat(call);
    const response = result.response as CanonicalResponse;
    response.gw = metadataFor(target, result.tokens, result.rawUsage, result.warnings, started, callOptions?.requestId);
    return response;
  }

  function stream(request: CanonicalRequest, callOptions?: CallOptions): ChatStream {
    const started = performance.now();
    const target = targetFor(request, callOptions);
    let settle!: { resolve: (value: StreamResult) => void; reject: (error: unknown) => void };
    const result = new Promise<StreamResult>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Nobody may be listening to `result`; the error still reaches the iterating caller.
    result.catch(() => undefined);
    let iterated = false;
    async function* run(): AsyncGenerator<CanonicalChunk, void, undefined> {
      try {
        const call = buildCall(request, target, callOptions);
        const chunks = adapterFor(call.provider).stream(call);
        let pendingUsageChunk: CanonicalChunk | undefined;
        while (true) {
          const next = await chunks.next();
          if (next.done) {
            const gw = metadataFor(target, next.value.tokens, next.value.rawUsage, next.value.warnings, started, callOptions?.requestId);
            if (pendingUsageChunk) {
              pendingUsageChunk.gw = gw;
              yield pendingUsageChunk;
            }
            settle.resolve({ gw, finishReason: next.value.finishReason });
            return;
          }
          // The usage-only chunk is the last before the terminator; hold it so it can carry the gw metadata.
          if (next.value.choices.length === 0 && next.value.usage) {
            pendingUsageChunk = next.value;
            continue;
          }
          yield next.value;
        }
      } catch (error) {
        settle.reject(error);
        throw error;
      }
    }
    return {
      target,
      result,
      [Symbol.asyncIterator]() {
        if (iterated) throw new InvalidRequestError('a chat stream can be iterated only once');
        iterated = true;
        return run();
      },
    };
  }

  const providers: ProviderInfo[] = config.providers.map((provider) => ({
    id: provider.id,
    format: provider.format,
    kind: provider.kind ?? (provider.format === 'anthropic' ? 'anthropic' : 'openai'),
    baseURL: provider.baseURL,
    hasApiKey: Boolean(provider.apiKey),
  }));

  logger.debug('provider registry created', { providers: providers.map((provider) => provider.id), models: catalog.models.length });

  return {
    chat,
    stream,
    listModels: (filter) => filterModels(catalog.models, filter),
    resolveModel: (model) => resolveModel(model, catalog, providerSettings),
    catalog,
    providers,
    async close() {
      await dispatcher?.close();
      dispatcher = undefined;
      resolvedProviders.clear();
    },
  };
}
