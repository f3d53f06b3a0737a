import type { MappingScope } from './mapping-input.js';

/** A stored alias. */
export interface MappingRecord {
  id: string;
  scope: MappingScope;
  /** Null for global mappings. */
  ownerId: string | null;
  alias: string;
  targetModel: string;
  providerId: string;
  description: string | null;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What `GET /api/v1/model-mappings/:alias` shows for a built-in model: read-only, its own target. */
export interface BuiltInModelView {
  scope: 'built-in';
  alias: string;
  targetModel: string;
  providerId: string;
}

/** The REST shape of a mapping: snake_case, with the source spec's `provider_id` and `model_name`. */
export function toMappingJson(record: MappingRecord | BuiltInModelView): Record<string, unknown> {
  const modelName = record.targetModel.startsWith(`${record.providerId}/`) ? record.targetModel.slice(record.providerId.length + 1) : record.targetModel;
  if (record.scope === 'built-in') {
    return { alias: record.alias, scope: 'built-in', target_model: record.targetModel, provider_id: record.providerId, model_name: modelName, enabled: true, read_only: true };
  }
  return {
    id: record.id,
    alias: record.alias,
    scope: record.scope,
    owner_id: record.ownerId,
    target_model: record.targetModel,
    provider_id: record.providerId,
    model_name: modelName,
    description: record.description,
    enabled: record.enabled,
    created_at: record.createdAt.toISOString(),
    updated_at: record.updatedAt.toISOString(),
  };
}
