/** The JSON shapes of gw's REST API, as the typed client returns them. */

export interface MappingJson {
  id?: string;
  alias: string;
  scope: 'global' | 'user' | 'built-in';
  owner_id?: string | null;
  target_model: string;
  provider_id: string;
  model_name: string;
  description?: string | null;
  enabled: boolean;
  read_only?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface MappingListJson {
  data: MappingJson[];
  total: number;
}

export interface CreateMappingRequest {
  alias: string;
  /** A catalog id or `provider/model`; or give `model_name` with `provider_id` (the aigateway-mcp names). */
  target_model?: string;
  model?: string;
  model_name?: string;
  provider_id?: string;
  provider?: string;
  description?: string | null;
  enabled?: boolean;
  scope?: 'user' | 'global';
  /** Admin only: create a user mapping for this owner. */
  owner_id?: string;
}

export interface UpdateMappingRequest {
  new_alias?: string;
  target_model?: string;
  model?: string;
  model_name?: string;
  provider_id?: string;
  provider?: string;
  description?: string | null;
  enabled?: boolean;
}

export interface MappingSelectorQuery {
  owner_id?: string;
  scope?: 'user' | 'global';
}

export interface ListMappingsQuery {
  owner_id?: string;
  scope?: 'user' | 'global' | 'all';
}

export interface ModelJson {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  target_model?: string;
  gw: {
    type: 'built-in' | 'global' | 'user';
    provider: string;
    enabled: boolean;
    target_model?: string;
    description?: string;
    tier?: number;
    context_window?: number;
    capabilities?: string[];
  };
}

export interface ModelListJson {
  object: 'list';
  data: ModelJson[];
}

export interface ApiKeyJson {
  id: string;
  key_prefix: string;
  name: string | null;
  role: 'admin' | 'user';
  owner_id: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CreatedApiKeyJson extends ApiKeyJson {
  /** The key itself, shown this once. */
  key: string;
}

export interface CreateKeyRequest {
  role?: 'admin' | 'user';
  owner_id?: string;
  name?: string;
}

export interface DeletedMappingJson {
  deleted: true;
  mapping: MappingJson;
}

export interface HealthJson {
  status: string;
  [detail: string]: unknown;
}
