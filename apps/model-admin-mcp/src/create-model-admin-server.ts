import { createMappingRegistryClient, type MappingRegistryClient } from '@gw/mapping-registry';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createStderrLogger, type Logger } from './logger/create-stderr-logger.js';
import { registerCreateMappingTool } from './tools/create-mapping-tool.js';
import { registerDeleteMappingTool } from './tools/delete-mapping-tool.js';
import { registerListModelsTool } from './tools/list-models-tool.js';
import { registerUpdateMappingTool } from './tools/update-mapping-tool.js';

export interface ModelAdminServerOptions {
  /** gw-api's base URL (`AIGATEWAY_URL`). */
  baseURL: string;
  /** Default key (`AIGATEWAY_API_KEY`); a tool call's `api_key` replaces it. */
  apiKey?: string;
  timeoutMs?: number;
  logger?: Logger;
  /** A ready client instead of one built from the options above (tests, custom fetch). */
  client?: MappingRegistryClient;
}

export const serverName = 'gw-model-admin';
export const serverVersion = '0.1.0';

/** The model-admin MCP server (tools list_models, create_mapping, update_mapping, delete_mapping), not yet connected. */
export function createModelAdminServer(options: ModelAdminServerOptions): McpServer {
  const logger = options.logger ?? createStderrLogger('silent');
  const client =
    options.client ??
    createMappingRegistryClient({ baseURL: options.baseURL, ...(options.apiKey ? { apiKey: options.apiKey } : {}), timeoutMs: options.timeoutMs ?? 30_000 });
  const server = new McpServer({ name: serverName, version: serverVersion });
  const context = { client, logger, hasDefaultKey: Boolean(options.apiKey) };
  registerListModelsTool(server, context);
  registerCreateMappingTool(server, context);
  registerUpdateMappingTool(server, context);
  registerDeleteMappingTool(server, context);
  return server;
}
