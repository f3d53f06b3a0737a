import type { AddressInfo } from 'node:net';
import { createCallLogWriter, createContextManager, createDatabase, createHotTier, loadContextStoreConfig, type ContextStoreDatabase } from '@gw/context-store';
import {
  createMappingRegistry,
  createMemoryRegistryCache,
  createNoRegistryCache,
  createRedisRegistryCache,
  migrateMappingRegistry,
  type RegistryCache,
} from '@gw/mapping-registry';
import {
  createStoreClients,
  createWorkspaceFileReader,
  parseToolsetNames,
  readStoreToolsetConfig,
  readWorkspaceToolsetConfig,
  type StoreToolsetOptions,
} from '@gw/mcp-tools';
import { createProviderRegistry, loadRegistryConfigFromEnvironment, loadRequestDefaultsFromEnvironment, type Logger, type ProviderRegistry } from '@gw/providers';
import { createRouter, readRouterSettings } from '@gw/router';
import type { FastifyInstance } from 'fastify';
import { loadApiConfig } from './config/load-api-config.js';
import { createApiServer } from './create-api-server.js';
import { createStderrLogger } from './logger/create-stderr-logger.js';
import type { ApiMcpOptions } from './mcp/mcp-options.js';

export interface RunningApi {
  readonly url: string;
  readonly server: FastifyInstance;
  /** Stops accepting, lets in-flight requests finish, then closes storage and upstream pools. */
  close(): Promise<void>;
}

export interface StartApiOptions {
  environment?: Readonly<Record<string, string | undefined>>;
  logger?: Logger;
}

/**
 * What `gw-api` does: read the environment (API_*, GW_CONFIG or provider keys, DATABASE_URL/DB_*, REDIS_URL/REDIS_*,
 * GW_ADMIN_KEY, GW_TOOLSETS, GW_WORKSPACE_ROOT), open storage, apply the registry's migrations, store the admin key, listen.
 */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const environment = options.environment ?? process.env;
  const apiConfig = loadApiConfig(environment);
  const logger = options.logger ?? createStderrLogger(apiConfig.logLevel);
  const registryConfig = loadRegistryConfigFromEnvironment(environment);
  for (const note of registryConfig.notes) logger.info(note);
  const storeConfig = loadContextStoreConfig(environment);
  const routerSettings = readRouterSettings({ ...environment });
  const toolsets = parseToolsetNames(environment.GW_TOOLSETS);
  const workspaceConfig = readWorkspaceToolsetConfig(environment);
  const storeToolsetConfig = toolsets.includes('store') ? readStoreToolsetConfig(environment) : undefined;
  const requestDefaults = loadRequestDefaultsFromEnvironment(environment);
  const mcpDescription = environment.DESCRIPTION?.trim();
  const secrets = registryConfig.config.providers.flatMap((provider) => (provider.apiKey ? [provider.apiKey] : []));

  const closers: (() => Promise<unknown>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch((error: unknown) => logger.warn('close failed', { error: String(error) }));
  };
  try {
    const providers: ProviderRegistry = createProviderRegistry({ ...registryConfig.config, logger, environment });
    closers.push(() => providers.close());
    const database: ContextStoreDatabase = await createDatabase({ ...storeConfig.database, logger });
    closers.push(() => database.close());
    await migrateMappingRegistry(database.db);

    let cache: RegistryCache;
    if (storeConfig.hotTier.kind === 'redis') {
      cache = await createRedisRegistryCache({ url: storeConfig.hotTier.url, keyPrefix: `${storeConfig.keyPrefix}registry:` });
    } else if (database.kind === 'pglite') {
      cache = createMemoryRegistryCache();
    } else {
      // Replicas may share this Postgres; an in-process cache would keep revoked keys alive on the others.
      logger.warn('no Redis configured: keys and aliases are read from the database on every request (set REDIS_URL to cache them)');
      cache = createNoRegistryCache();
    }
    closers.push(() => cache.close());
    // Closed after the server (closers run in reverse), so rows of requests that finish during shutdown are flushed.
    const callLog = createCallLogWriter({ database, logger });
    closers.push(async () => logger.info('call log flushed', { ...(await callLog.close()) }));

    // The code agent's TODO lists live in the same database, behind the same kind of hot tier as the rest of the store.
    const hotTier = await createHotTier({ ...storeConfig.hotTier, keyPrefix: storeConfig.keyPrefix, defaultTtlSeconds: storeConfig.hotTierTtlSeconds, logger });
    closers.push(() => hotTier.close());
    const contextManager = createContextManager({ database, hotTier, logger, ttlSeconds: storeConfig.hotTierTtlSeconds });
    const workspace = workspaceConfig ? { ...workspaceConfig, logger } : undefined;
    const mcp: ApiMcpOptions = {
      toolsets,
      secrets,
      requestDefaults,
      ...(mcpDescription ? { description: mcpDescription } : {}),
      ...(registryConfig.config.defaultModel ? { defaultModel: registryConfig.config.defaultModel } : {}),
      ...(registryConfig.passThroughProvider ? { passThroughProvider: registryConfig.passThroughProvider } : {}),
      ...(workspace ? { workspace } : {}),
    };
    if (storeToolsetConfig) {
      const clients = createStoreClients(storeToolsetConfig);
      closers.push(() => clients.close());
      const store: StoreToolsetOptions = {
        ...clients.options,
        redisPrefix: storeToolsetConfig.redisPrefix,
        redisDefaultTtlSeconds: storeToolsetConfig.redisDefaultTtlSeconds,
        redisMaxTtlSeconds: storeToolsetConfig.redisMaxTtlSeconds,
        writeTables: storeToolsetConfig.writeTables,
        statementTimeoutMs: storeToolsetConfig.statementTimeoutMs,
        rowLimit: storeToolsetConfig.rowLimit,
        logger,
      };
      mcp.store = store;
    }

    const registry = createMappingRegistry({ db: database.db, models: providers, cache, logger });
    if (apiConfig.adminKey !== undefined) {
      const { created } = await registry.bootstrapAdminKey(apiConfig.adminKey);
      logger.info(created ? 'GW_ADMIN_KEY stored as an admin key' : 'GW_ADMIN_KEY already stored');
    } else {
      logger.warn('GW_ADMIN_KEY is not set: only keys created earlier can call the API');
    }

    const server = await createApiServer({
      providers,
      registry,
      router: createRouter({ registry: providers, logger, ...routerSettings }),
      callLog,
      logger,
      bodyLimitBytes: apiConfig.bodyLimitBytes,
      healthInfo: { database: database.kind, cache: cache.kind },
      healthChecks: { database, cache },
      codeAgent: { contextManager, ...(workspace ? { readWorkspaceFile: createWorkspaceFileReader(workspace) } : {}) },
      mcp,
    });
    closers.push(async () => {
      // Keep-alive connections of requests that finish during shutdown would otherwise hold it for keepAliveTimeout.
      const sweeper = setInterval(() => server.server.closeIdleConnections(), 50);
      try {
        await server.close();
      } finally {
        clearInterval(sweeper);
      }
    });
    await server.listen({ host: apiConfig.host, port: apiConfig.port });
    const address = server.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    logger.info('gw-api listening', { url, database: database.target, cache: cache.kind, providers: providers.providers.map((provider) => provider.id) });
    return { url, server, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
