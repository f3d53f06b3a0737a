import type { ToolDefinition } from '../tool-definition.js';
import { createChatCompletionTool } from './chat-completion-tool.js';
import type { GatewayToolsetOptions } from './gateway-toolset-options.js';
import { createListModelsTool } from './list-models-tool.js';
import { createRegistryResolver } from './resolve-registry.js';

/** The `gateway` toolset: `chat_completion` and `list_models` over a provider registry (and a router, once there is one). */
export function createGatewayToolset(options: GatewayToolsetOptions): ToolDefinition[] {
  const registry = createRegistryResolver(options.registry);
  return [createChatCompletionTool(options, registry), createListModelsTool(options, registry)];
}
