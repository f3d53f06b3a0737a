import { z } from 'zod';
import { parseWithSchema } from '../errors/parse-with-schema.js';
import { MappingRegistryError } from '../errors/mapping-registry-error.js';
import { aliasPattern, aliasRule, ownerIdPattern } from './alias-format.js';

export type MappingScope = 'global' | 'user';

export interface CreateMappingInput {
  alias: string;
  /** A catalog id or `provider/model`. */
  targetModel: string;
  description?: string | null;
  enabled?: boolean;
  scope?: MappingScope;
  /** Admin only: create a user mapping for this owner. */
  ownerId?: string;
}

export interface UpdateMappingInput {
  newAlias?: string;
  targetModel?: string;
  /** The model's name at its provider (aigateway-mcp's `model_name`); without `providerId` the current provider stays. */
  modelName?: string;
  /** A provider given alone keeps the current model name and moves it to this provider. */
  providerId?: string;
  description?: string | null;
  enabled?: boolean;
}

const alias = z.string().regex(aliasPattern, aliasRule);
const modelName = z.string().trim().min(1, 'must not be empty').max(200);
const provider = z.string().trim().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'a configured provider id (lower case)');
const description = z.string().max(500).nullable();

// The source spec's names (provider_id, model_name), gw's (target_model, model, provider) and camelCase spellings.
const targetFields = {
  target_model: modelName.optional(),
  targetModel: modelName.optional(),
  model: modelName.optional(),
  model_name: modelName.optional(),
  modelName: modelName.optional(),
  provider_id: provider.optional(),
  providerId: provider.optional(),
  provider: provider.optional(),
};

const createSchema = z.strictObject({
  alias,
  ...targetFields,
  description: description.optional(),
  enabled: z.boolean().optional(),
  scope: z.enum(['user', 'global']).optional(),
  owner_id: z.string().regex(ownerIdPattern, 'letters, digits, ".", "_", ":", "@" or "-"').optional(),
});

const updateSchema = z.strictObject({
  // The MCP tools and some clients repeat the alias in the body; it must then match the path.
  alias: alias.optional(),
  new_alias: alias.optional(),
  newAlias: alias.optional(),
  ...targetFields,
  description: description.optional(),
  enabled: z.boolean().optional(),
});

type TargetFields = { [Key in keyof typeof targetFields]?: string };

function pickTarget(body: TargetFields): { model?: string; provider?: string } {
  const models = [body.target_model, body.targetModel, body.model, body.model_name, body.modelName].filter((value) => value !== undefined);
  const providers = [body.provider_id, body.providerId, body.provider].filter((value) => value !== undefined);
  if (new Set(models).size > 1) throw new MappingRegistryError('invalid_request', 'Give the target model once (target_model, model or model_name), not several different values.');
  if (new Set(providers).size > 1) throw new MappingRegistryError('invalid_request', 'Give the provider once (provider_id or provider), not several different values.');
  return { ...(models[0] === undefined ? {} : { model: models[0] }), ...(providers[0] === undefined ? {} : { provider: providers[0] }) };
}

/** `provider` + `model` → `provider/model`, unless the model already names that provider. */
export function combineTarget(model: string, provider: string | undefined): string {
  if (provider === undefined || model.startsWith(`${provider}/`)) return model;
  return `${provider}/${model}`;
}

/** Body of `POST /api/v1/model-mappings`. */
export function parseCreateMappingInput(body: unknown): CreateMappingInput {
  const parsed = parseWithSchema(createSchema, body, 'mapping');
  const target = pickTarget(parsed);
  if (target.model === undefined) {
    throw new MappingRegistryError('invalid_request', 'Invalid mapping: "target_model" (or "model", or "model_name" with "provider_id") is required: the model the alias points to.');
  }
  return {
    alias: parsed.alias,
    targetModel: combineTarget(target.model, target.provider),
    ...(parsed.description === undefined ? {} : { description: parsed.description }),
    ...(parsed.enabled === undefined ? {} : { enabled: parsed.enabled }),
    ...(parsed.scope === undefined ? {} : { scope: parsed.scope }),
    ...(parsed.owner_id === undefined ? {} : { ownerId: parsed.owner_id }),
  };
}

/** Body of `PUT /api/v1/model-mappings/:alias` (partial). */
export function parseUpdateMappingInput(body: unknown, pathAlias: string): UpdateMappingInput {
  const parsed = parseWithSchema(updateSchema, body, 'mapping update');
  if (parsed.alias !== undefined && parsed.alias !== pathAlias) {
    throw new MappingRegistryError('invalid_request', `The body's "alias" (${parsed.alias}) differs from the one in the path (${pathAlias}); to rename, use "new_alias".`);
  }
  const target = pickTarget(parsed);
  const fullTarget = [parsed.target_model, parsed.targetModel, parsed.model].some((value) => value !== undefined);
  const newAlias = parsed.new_alias ?? parsed.newAlias;
  const input: UpdateMappingInput = {
    ...(newAlias === undefined ? {} : { newAlias }),
    ...(fullTarget ? { targetModel: combineTarget(target.model!, target.provider) } : {}),
    ...(!fullTarget && target.model !== undefined ? { modelName: target.model } : {}),
    ...(!fullTarget && target.provider !== undefined ? { providerId: target.provider } : {}),
    ...(parsed.description === undefined ? {} : { description: parsed.description }),
    ...(parsed.enabled === undefined ? {} : { enabled: parsed.enabled }),
  };
  if (Object.keys(input).length === 0) {
    throw new MappingRegistryError('invalid_request', 'Nothing to update: give at least one of new_alias, target_model (or model_name/provider_id), description, enabled.');
  }
  return input;
}

export interface MappingSelector {
  /** Admin only: act on this user's mapping. */
  ownerId?: string;
  /** `global` addresses the global mapping even when the caller has a user mapping of that name (it cannot, today). */
  scope?: MappingScope;
}

const selectorSchema = z.object({
  owner_id: z.string().regex(ownerIdPattern, 'letters, digits, ".", "_", ":", "@" or "-"').optional(),
  scope: z.enum(['user', 'global']).optional(),
});

/** Query string of the `/:alias` routes. */
export function parseMappingSelector(query: unknown): MappingSelector {
  const parsed = parseWithSchema(selectorSchema, query, 'query');
  return { ...(parsed.owner_id === undefined ? {} : { ownerId: parsed.owner_id }), ...(parsed.scope === undefined ? {} : { scope: parsed.scope }) };
}

export interface ListMappingsOptions {
  /** `user` (mine), `global`, or both (default). */
  scope?: MappingScope | 'all';
  /** Admin only: list this user's mappings instead of mine. */
  ownerId?: string;
}

const listSchema = z.object({
  owner_id: z.string().regex(ownerIdPattern, 'letters, digits, ".", "_", ":", "@" or "-"').optional(),
  scope: z.enum(['user', 'global', 'all']).optional(),
});

/** Query string of `GET /api/v1/model-mappings`. */
export function parseListMappingsOptions(query: unknown): ListMappingsOptions {
  const parsed = parseWithSchema(listSchema, query, 'query');
  return { ...(parsed.owner_id === undefined ? {} : { ownerId: parsed.owner_id }), ...(parsed.scope === undefined ? {} : { scope: parsed.scope }) };
}
