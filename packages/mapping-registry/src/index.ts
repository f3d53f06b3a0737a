export { createMappingRegistry } from './create-mapping-registry.js';
export type { MappingRegistry, MappingRegistryOptions } from './create-mapping-registry.js';

export { migrateMappingRegistry, mappingRegistryMigrationsTable } from './database/migrate-mapping-registry.js';
export { migrationsFolder } from './database/migrations-folder.js';
export { apiKeys } from './schema/api-keys.js';
export { modelMappings } from './schema/model-mappings.js';
export { mappingRegistrySchema } from './schema/mapping-registry-schema.js';
export type { MappingRegistrySchema } from './schema/mapping-registry-schema.js';

export type { RegistryCache } from './cache/registry-cache.js';
export { createMemoryRegistryCache } from './cache/create-memory-registry-cache.js';
export type { MemoryRegistryCacheOptions } from './cache/create-memory-registry-cache.js';
export { createRedisRegistryCache } from './cache/create-redis-registry-cache.js';
export type { RedisRegistryCacheOptions } from './cache/create-redis-registry-cache.js';
export { createNoRegistryCache } from './cache/create-no-registry-cache.js';

export { MappingRegistryError } from './errors/mapping-registry-error.js';
export type { MappingRegistryErrorCode } from './errors/mapping-registry-error.js';
export { isUniqueViolation } from './errors/is-unique-violation.js';

export type { Principal, Role } from './keys/principal.js';
export type { KeyService } from './keys/create-key-service.js';
export { generateApiKey, hashApiKey, isApiKeyFormat, visibleKeyPrefix } from './keys/api-key-format.js';
export { toApiKeyJson } from './keys/api-key-record.js';
export type { ApiKeyRecord, CreatedApiKey } from './keys/api-key-record.js';
export { parseCreateKeyInput, parseListKeysOptions } from './keys/key-input.js';
export type { CreateKeyInput, ListKeysOptions } from './keys/key-input.js';

export type { MappingService } from './mappings/create-mapping-service.js';
export type { AliasResolution } from './mappings/alias-resolution.js';
export type { ModelSource } from './mappings/model-source.js';
export { aliasPattern, isAliasFormat } from './mappings/alias-format.js';
export { toMappingJson } from './mappings/mapping-record.js';
export type { BuiltInModelView, MappingRecord } from './mappings/mapping-record.js';
export { parseCreateMappingInput, parseListMappingsOptions, parseMappingSelector, parseUpdateMappingInput } from './mappings/mapping-input.js';
export type { CreateMappingInput, ListMappingsOptions, MappingScope, MappingSelector, UpdateMappingInput } from './mappings/mapping-input.js';

export { buildModelList, toOpenAiModelList } from './models/model-list.js';
export type { ModelListEntry } from './models/model-list.js';

export { createMappingRegistryClient } from './client/create-mapping-registry-client.js';
export type { ClientCallOptions, MappingRegistryClient, MappingRegistryClientOptions } from './client/create-mapping-registry-client.js';
export { MappingRegistryClientError } from './client/mapping-registry-client-error.js';
export type {
  ApiKeyJson,
  CreateKeyRequest,
  CreateMappingRequest,
  CreatedApiKeyJson,
  DeletedMappingJson,
  HealthJson,
  ListMappingsQuery,
  MappingJson,
  MappingListJson,
  MappingSelectorQuery,
  ModelJson,
  ModelListJson,
  UpdateMappingRequest,
} from './client/client-types.js';
