import { ConfigurationError } from '@gw/providers';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createCodeToolset } from './code/create-code-toolset.js';
import type { CodeToolsetOptions } from './code/code-toolset-options.js';
import { createGatewayToolset } from './gateway/create-gateway-toolset.js';
import type { GatewayToolsetOptions } from './gateway/gateway-toolset-options.js';
import { rejectUnknownTools } from './reject-unknown-tools.js';
import { createStoreToolset } from './store/create-store-toolset.js';
import type { StoreToolsetOptions } from './store/store-toolset-options.js';
import { registerTool, type ToolDefinition } from './tool-definition.js';
import { createWorkspaceToolset } from './workspace/create-workspace-toolset.js';
import type { WorkspaceToolsetOptions } from './workspace/workspace-toolset-options.js';

export type ToolsetName = 'gateway' | 'code' | 'workspace' | 'store';

export const toolsetNames: readonly ToolsetName[] = ['gateway', 'code', 'workspace', 'store'];

export interface RegisterToolsetsOptions extends Partial<GatewayToolsetOptions> {
  toolsets: readonly ToolsetName[];
  code?: CodeToolsetOptions;
  /** Off unless the operator configured a root (`GW_WORKSPACE_ROOT`). */
  workspace?: WorkspaceToolsetOptions;
  /** Off unless the operator configured Redis and/or database URLs. */
  store?: StoreToolsetOptions;
}

/** Turns `GW_TOOLSETS` (comma separated; default `gateway`) into toolset names, refusing unknown ones. */
export function parseToolsetNames(text: string | undefined): ToolsetName[] {
  const names = (text ?? 'gateway')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  for (const name of names) {
    if (!(toolsetNames as readonly string[]).includes(name)) {
      throw new ConfigurationError('GW_TOOLSETS', `unknown toolset "${name}" (available: ${toolsetNames.join(', ')})`);
    }
  }
  return names.length > 0 ? (names as ToolsetName[]) : ['gateway'];
}

function toolsetDefinitions(name: ToolsetName, options: RegisterToolsetsOptions): ToolDefinition[] {
  const { toolsets: _toolsets, code, workspace, store, ...gateway } = options;
  switch (name) {
    case 'gateway':
      if (!gateway.registry) throw new ConfigurationError('GW_TOOLSETS', 'the gateway toolset needs a provider registry');
      return createGatewayToolset({ ...gateway, registry: gateway.registry });
    case 'code':
      if (!code) throw new ConfigurationError('GW_TOOLSETS', 'the code toolset needs the router and the context store');
      return createCodeToolset(code);
    case 'workspace':
      if (!workspace) throw new ConfigurationError('GW_WORKSPACE_ROOT', 'the workspace toolset is enabled but no workspace root is set');
      return createWorkspaceToolset(workspace);
    case 'store': {
      const definitions = store ? createStoreToolset(store) : [];
      if (definitions.length === 0) {
        throw new ConfigurationError('GW_TOOLSETS', 'the store toolset is enabled but none of REDIS_URL, GW_DB_QUERY_URL, or DATABASE_URL with GW_DB_WRITE_TABLES is set');
      }
      return definitions;
    }
  }
}

/** Registers the chosen toolsets' tools on an McpServer and returns their definitions. */
export function registerToolsets(server: McpServer, options: RegisterToolsetsOptions): ToolDefinition[] {
  const definitions = [...new Set(options.toolsets)].flatMap((name) => toolsetDefinitions(name, options));
  for (const definition of definitions) registerTool(server, definition);
  if (definitions.length > 0) rejectUnknownTools(server);
  return definitions;
}
