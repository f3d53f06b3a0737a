import type { ContextStoreDrizzle } from '@gw/context-store';
import { silentLogger, type Logger } from '@gw/providers';
import { createMemoryRegistryCache } from './cache/create-memory-registry-cache.js';
import type { RegistryCache } from './cache/registry-cache.js';
import { createKeyService, type KeyService } from './keys/create-key-service.js';
import type { Principal } from './keys/principal.js';
import { createMappingService, type MappingService } from './mappings/create-mapping-service.js';
import type { ModelSource } from './mappings/model-source.js';
import { buildModelList, type ModelListEntry } from './models/model-list.js';

export interface MappingRegistryOptions {
  /** The context store's drizzle handle (`createDatabase(...).db`), migrated with `migrateMappingRegistry`. */
  db: ContextStoreDrizzle;
  /** The operator's models: the provider registry (or anything with its `catalog` and `resolveModel`). */
  models: ModelSource;
  /** Shared with the other replicas (Redis) when there are any; default: in memory, for one process. */
  cache?: RegistryCache;
  logger?: Logger;
  keyTtlSeconds?: number;
  resolutionTtlSeconds?: number;
  invalidationTtlSeconds?: number;
  lastUsedIntervalMs?: number;
}

export interface MappingRegistry extends KeyService, MappingService {
  /** What `GET /v1/models` shows the caller: built-in models, global aliases and their own. */
  listModels(actor: Principal, options?: { includeDisabled?: boolean }): Promise<ModelListEntry[]>;
  readonly cache: RegistryCache;
}

/** Keys, aliases and permissions over the context store's database. No I/O until a method is called. */
export function createMappingRegistry(options: MappingRegistryOptions): MappingRegistry {
  const logger = options.logger ?? silentLogger;
  const cache = options.cache ?? createMemoryRegistryCache();
  const keys = createKeyService({
    db: options.db,
    cache,
    logger,
    ...(options.keyTtlSeconds === undefined ? {} : { keyTtlSeconds: options.keyTtlSeconds }),
    ...(options.lastUsedIntervalMs === undefined ? {} : { lastUsedIntervalMs: options.lastUsedIntervalMs }),
  });
  const mappings = createMappingService({
    db: options.db,
    cache,
    models: options.models,
    logger,
    ...(options.resolutionTtlSeconds === undefined ? {} : { resolutionTtlSeconds: options.resolutionTtlSeconds }),
    ...(options.invalidationTtlSeconds === undefined ? {} : { invalidationTtlSeconds: options.invalidationTtlSeconds }),
  });
  return {
    ...keys,
    ...mappings,
    cache,
    async listModels(actor, listOptions = {}) {
      return buildModelList(options.models, await mappings.listVisibleMappings(actor.ownerId), listOptions);
    },
  };
}
