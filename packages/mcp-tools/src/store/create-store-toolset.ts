import { silentLogger } from '@gw/providers';
import type { ToolDefinition } from '../tool-definition.js';
import { createDbInsertTool, createDbUpdateTool } from './db-write-tools.js';
import { createDbQueryTool } from './db-query-tool.js';
import { createRedisDelTool, createRedisGetTool, createRedisSetTool } from './redis-tools.js';
import type { StoreToolContext } from './store-tool-context.js';
import { resolveClient, storeLimitsOf, type StoreToolsetOptions } from './store-toolset-options.js';

/**
 * The `store` toolset: redis_get/set/del with `redis`, db_query with `queryDatabase` (a restricted role), and
 * db_insert/db_update with `database` and a non-empty `writeTables`. Tools without their client are left out.
 * No connection is opened until a tool is called.
 */
export function createStoreToolset(options: StoreToolsetOptions): ToolDefinition[] {
  const context: StoreToolContext = { limits: storeLimitsOf(options), options, logger: options.logger ?? silentLogger };
  const tools: ToolDefinition[] = [];
  if (options.redis !== undefined) {
    const redis = resolveClient(options.redis);
    tools.push(createRedisGetTool(context, redis), createRedisSetTool(context, redis), createRedisDelTool(context, redis));
  }
  if (options.queryDatabase !== undefined) tools.push(createDbQueryTool(context, resolveClient(options.queryDatabase)));
  const writeTables = options.writeTables ?? [];
  if (options.database !== undefined && writeTables.length > 0) {
    const database = resolveClient(options.database);
    tools.push(createDbInsertTool(context, database, writeTables), createDbUpdateTool(context, database, writeTables));
  }
  return tools;
}
