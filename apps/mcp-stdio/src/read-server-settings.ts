import {
  ConfigurationError,
  loadRegistryConfigFromEnvironment,
  loadRequestDefaultsFromEnvironment,
  type EnvironmentRegistryConfig,
  type RequestDefaults,
} from '@gw/providers';
import {
  parseToolsetNames,
  readStoreToolsetConfig,
  readWorkspaceToolsetConfig,
  type StoreToolsetConfig,
  type ToolsetName,
  type WorkspaceToolsetConfig,
} from '@gw/mcp-tools';
import { readRouterSettings, type RouterSettings } from '@gw/router';
import { logLevels, type LogLevel } from './create-stderr-logger.js';

export interface ServerSettings {
  registry: EnvironmentRegistryConfig;
  /** DEFAULT_LAYER, MAX_ESCALATION_LAYER, ENABLE_AUTO_ESCALATE, ENABLE_CROSS_CHECK for `model: "auto"`. */
  router: RouterSettings;
  requestDefaults: RequestDefaults;
  /** GW_TOOLSETS (default `gateway`). */
  toolsets: ToolsetName[];
  /** GW_WORKSPACE_ROOT and friends; undefined when the workspace tools are off. */
  workspace?: WorkspaceToolsetConfig;
  /** Read only when the store toolset is enabled. */
  store?: StoreToolsetConfig;
  description?: string;
  logLevel: LogLevel;
}

function readLogLevel(environment: Record<string, string | undefined>): LogLevel {
  const text = environment.LOG_LEVEL?.trim().toLowerCase();
  if (!text) return 'info';
  if (text === 'warning') return 'warn';
  if (!(logLevels as readonly string[]).includes(text)) {
    throw new ConfigurationError('LOG_LEVEL', `must be one of ${logLevels.join(', ')} (got "${text.slice(0, 20)}")`);
  }
  return text as LogLevel;
}

/** Everything gw-mcp reads from its environment, validated; a problem throws a ConfigurationError naming the variable. */
export function readServerSettings(environment: Record<string, string | undefined>): ServerSettings {
  const logLevel = readLogLevel(environment);
  const registry = loadRegistryConfigFromEnvironment(environment);
  const router = readRouterSettings(environment);
  const toolsets = parseToolsetNames(environment.GW_TOOLSETS);
  const workspace = toolsets.includes('workspace') || toolsets.includes('code') ? readWorkspaceToolsetConfig(environment) : undefined;
  const store = toolsets.includes('store') ? readStoreToolsetConfig(environment) : undefined;
  const requestDefaults = loadRequestDefaultsFromEnvironment(environment);
  const description = environment.DESCRIPTION?.trim();
  return {
    registry,
    router,
    requestDefaults,
    logLevel,
    toolsets,
    ...(workspace ? { workspace } : {}),
    ...(store ? { store } : {}),
    ...(description ? { description } : {}),
  };
}
