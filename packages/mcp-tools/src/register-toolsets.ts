import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createGatewayToolset } from './gateway/create-gateway-toolset.js';
import type { GatewayToolsetOptions } from './gateway/gateway-toolset-options.js';
import { rejectUnknownTools } from './reject-unknown-tools.js';
import { registerTool, type ToolDefinition } from './tool-definition.js';

/** Toolsets that exist today; `code`, `workspace`, `store` and `admin` join as their libraries land. */
export type ToolsetName = 'gateway';

export const toolsetNames: readonly ToolsetName[] = ['gateway'];

export interface RegisterToolsetsOptions extends GatewayToolsetOptions {
  toolsets: readonly ToolsetName[];
}

/** Registers the chosen toolsets' tools on an McpServer and returns their definitions. */
export function registerToolsets(server: McpServer, options: RegisterToolsetsOptions): ToolDefinition[] {
  const { toolsets, ...dependencies } = options;
  const definitions: ToolDefinition[] = [];
  for (const name of new Set(toolsets)) {
    if (name === 'gateway') definitions.push(...createGatewayToolset(dependencies));
    else throw new Error(`Unknown toolset "${String(name)}" (available: ${toolsetNames.join(', ')})`);
  }
  for (const definition of definitions) registerTool(server, definition);
  if (definitions.length > 0) rejectUnknownTools(server);
  return definitions;
}
