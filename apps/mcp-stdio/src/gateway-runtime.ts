import { createContextManager, createDatabase, createHotTier, loadContextStoreConfig, type ContextManager } from '@gw/context-store';
import { createStoreClients, type StoreToolsetConfig, type StoreToolsetOptions } from '@gw/mcp-tools';
import { createProviderRegistry, type Logger, type ProviderRegistry, type RegistryConfigInput } from '@gw/providers';
import { createRouter, type Router, type RouterSettings } from '@gw/router';

export interface Gateway {
  registry: ProviderRegistry;
  router: Router;
}

/**
 * Loaded with `import()`: on the first tool call for the gateway toolset, or at start when the store or code
 * toolset is enabled. The HTTP client, adapters, router and database drivers stay out of the default cold
 * start (the bundle puts this module and what only it needs in a separate file).
 */
export function createGateway(config: RegistryConfigInput, routerSettings: RouterSettings, logger: Logger): Gateway {
  const registry = createProviderRegistry({ ...config, logger });
  return { registry, router: createRouter({ registry, ...routerSettings, logger }) };
}

/** Store toolset options over lazily connected clients; `close` ends the ones that were opened. */
export function createStoreOptions(config: StoreToolsetConfig, logger: Logger): { options: StoreToolsetOptions; close(): Promise<void> } {
  const clients = createStoreClients(config);
  return {
    options: {
      ...clients.options,
      redisPrefix: config.redisPrefix,
      redisDefaultTtlSeconds: config.redisDefaultTtlSeconds,
      redisMaxTtlSeconds: config.redisMaxTtlSeconds,
      writeTables: config.writeTables,
      statementTimeoutMs: config.statementTimeoutMs,
      rowLimit: config.rowLimit,
      logger,
    },
    close: () => clients.close(),
  };
}

export interface TodoStore {
  contextManager: Pick<ContextManager, 'createTodoList' | 'updateTodoList'>;
  close(): Promise<void>;
}

/**
 * The context store behind code_agent's TODO lists, opened on first use: PostgreSQL when DATABASE_URL is set,
 * otherwise PGlite (in GW_DATA_DIR when set, so plans survive restarts); Redis or in-memory hot tier.
 */
export function createTodoStore(environment: Record<string, string | undefined>, logger: Logger): TodoStore {
  const config = loadContextStoreConfig(environment);
  let opened: Promise<{ manager: ContextManager; close(): Promise<void> }> | undefined;
  const open = () =>
    (opened ??= (async () => {
      const database = await createDatabase({ ...config.database, logger });
      const hotTier = await createHotTier({ ...config.hotTier, keyPrefix: config.keyPrefix, defaultTtlSeconds: config.hotTierTtlSeconds, logger });
      const manager = createContextManager({ database, hotTier, logger, ttlSeconds: config.hotTierTtlSeconds });
      return { manager, close: async () => void (await Promise.allSettled([hotTier.close(), database.close()])) };
    })());
  return {
    contextManager: {
      createTodoList: async (input) => (await open()).manager.createTodoList(input),
      updateTodoList: async (id, input) => (await open()).manager.updateTodoList(id, input),
    },
    close: async () => (opened ? (await opened).close() : undefined),
  };
}
