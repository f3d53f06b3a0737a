import type { MappingRecord } from '../mappings/mapping-record.js';
import type { ModelSource } from '../mappings/model-source.js';

/** One entry of the model list a caller sees: a built-in model, a global alias or one of their own aliases. */
export interface ModelListEntry {
  id: string;
  type: 'built-in' | 'global' | 'user';
  provider: string;
  /** For aliases: the model they resolve to. */
  targetModel?: string;
  enabled: boolean;
  description?: string | null;
  ownedBy: string;
  tier?: number;
  contextWindow?: number;
  capabilities?: readonly string[];
}

/** Built-in models (one entry per id, in catalog order), then global aliases, then the caller's. */
export function buildModelList(models: ModelSource, mappings: readonly MappingRecord[], options: { includeDisabled?: boolean } = {}): ModelListEntry[] {
  const entries: ModelListEntry[] = [];
  const seen = new Set<string>();
  for (const model of models.catalog.models) {
    if (seen.has(model.id)) continue;
    seen.add(model.id);
    entries.push({
      id: model.id,
      type: 'built-in',
      provider: model.provider,
      enabled: true,
      ownedBy: model.vendor,
      tier: model.tier,
      contextWindow: model.contextWindow,
      capabilities: model.capabilities,
    });
  }
  for (const scope of ['global', 'user'] as const) {
    for (const mapping of mappings) {
      if (mapping.scope !== scope || (!mapping.enabled && !options.includeDisabled)) continue;
      entries.push({
        id: mapping.alias,
        type: scope,
        provider: mapping.providerId,
        targetModel: mapping.targetModel,
        enabled: mapping.enabled,
        description: mapping.description,
        ownedBy: scope === 'global' ? 'gw:global' : 'gw:user',
      });
    }
  }
  return entries;
}

const createdAt = Math.floor(Date.UTC(2025, 0, 1) / 1000);

/** The OpenAI `GET /v1/models` shape; gw's details (type, target) ride in an extra `gw` field. */
export function toOpenAiModelList(entries: readonly ModelListEntry[]): { object: 'list'; data: Record<string, unknown>[] } {
  return {
    object: 'list',
    data: entries.map((entry) => ({
      id: entry.id,
      object: 'model',
      created: createdAt,
      owned_by: entry.ownedBy,
      ...(entry.targetModel === undefined ? {} : { target_model: entry.targetModel }),
      gw: {
        type: entry.type,
        provider: entry.provider,
        enabled: entry.enabled,
        ...(entry.targetModel === undefined ? {} : { target_model: entry.targetModel }),
        ...(entry.description ? { description: entry.description } : {}),
        ...(entry.tier === undefined ? {} : { tier: entry.tier }),
        ...(entry.contextWindow === undefined ? {} : { context_window: entry.contextWindow }),
        ...(entry.capabilities === undefined ? {} : { capabilities: entry.capabilities }),
      },
    })),
  };
}
