import { ConfigurationError } from '../errors/configuration-error.js';
import type { ModelConfig } from '../config/registry-config-schema.js';
import type { CatalogModel, ModelCapability } from './catalog-types.js';

export interface ModelCatalog {
  /** Every model served by a configured provider, in catalog order. */
  readonly models: readonly CatalogModel[];
  /** Deployments of one model id, in preference order (config order first, then built-in order). */
  find(id: string): readonly CatalogModel[];
  /** The entry for a provider's upstream model name, if the catalog knows it. */
  findByUpstream(provider: string, upstreamModel: string): CatalogModel | undefined;
}

export interface CreateModelCatalogOptions {
  builtIn: readonly CatalogModel[];
  configured: readonly ModelConfig[];
  /** Provider ids that are configured; models of other providers are left out. */
  providers: ReadonlyMap<string, { local: boolean }>;
}

const defaultCapabilities: ModelCapability[] = ['code', 'tools', 'json'];

function keyOf(provider: string, id: string): string {
  return `${provider}\u0000${id}`;
}

function completeModel(config: ModelConfig, base: CatalogModel | undefined, local: boolean, index: number): CatalogModel {
  const price = config.price ?? base?.price ?? (local ? { input: 0, output: 0 } : undefined);
  if (!price) throw new ConfigurationError(`config.models[${index}].price`, `model "${config.id}" needs prices (USD per million tokens)`);
  const contextWindow = config.contextWindow ?? base?.contextWindow;
  if (!contextWindow) throw new ConfigurationError(`config.models[${index}].contextWindow`, `model "${config.id}" needs a context window`);
  return {
    id: config.id,
    provider: config.provider,
    upstreamModel: config.upstreamModel ?? base?.upstreamModel ?? config.id,
    vendor: config.vendor ?? base?.vendor ?? config.provider,
    tier: config.tier ?? base?.tier ?? (local ? 0 : 1),
    price: { ...base?.price, ...price },
    contextWindow,
    maxOutputTokens: config.maxOutputTokens ?? base?.maxOutputTokens ?? Math.min(8192, contextWindow),
    capabilities: config.capabilities ?? base?.capabilities ?? defaultCapabilities,
    ...((config.pricesCheckedAt ?? base?.pricesCheckedAt) ? { pricesCheckedAt: config.pricesCheckedAt ?? base?.pricesCheckedAt } : {}),
  };
}

/** Merges the built-in catalog with operator config: config entries override built-ins field by field and come first. */
export function createModelCatalog(options: CreateModelCatalogOptions): ModelCatalog {
  const builtInByKey = new Map(options.builtIn.map((model) => [keyOf(model.provider, model.id), model]));
  const merged = new Map<string, CatalogModel>();
  for (const [index, config] of options.configured.entries()) {
    const provider = options.providers.get(config.provider);
    if (!provider) continue;
    const key = keyOf(config.provider, config.id);
    merged.set(key, completeModel(config, merged.get(key) ?? builtInByKey.get(key), provider.local, index));
  }
  for (const model of options.builtIn) {
    const key = keyOf(model.provider, model.id);
    if (options.providers.has(model.provider) && !merged.has(key)) merged.set(key, model);
  }
  const models = Object.freeze([...merged.values()]);
  const byId = new Map<string, CatalogModel[]>();
  const byUpstream = new Map<string, CatalogModel>();
  for (const model of models) {
    const list = byId.get(model.id) ?? [];
    list.push(model);
    byId.set(model.id, list);
    const upstreamKey = keyOf(model.provider, model.upstreamModel);
    if (!byUpstream.has(upstreamKey)) byUpstream.set(upstreamKey, model);
  }
  return {
    models,
    find: (id) => byId.get(id) ?? [],
    findByUpstream: (provider, upstreamModel) => byUpstream.get(keyOf(provider, upstreamModel)),
  };
}
