import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runTool, given, type ToolContext } from './tool-context.js';
import { aliasArgument, apiKeyArgument, ownerArgument } from './tool-arguments.js';
import { toolSuccess } from './tool-result.js';

export function registerDeleteMappingTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'delete_mapping',
    {
      title: 'Delete a model alias',
      description: 'Delete one of your aliases (admins: also global ones). Built-in models cannot be deleted.',
      inputSchema: { api_key: apiKeyArgument, alias: aliasArgument, owner_id: ownerArgument },
      annotations: { destructiveHint: true },
    },
    async (args) =>
      runTool(context, 'delete_mapping', args.api_key, async (options) => {
        const owner = given(args.owner_id);
        const result = await context.client.deleteMapping(args.alias, owner === undefined ? {} : { owner_id: owner }, options);
        return toolSuccess({ deleted: true, mapping: result.mapping });
      }),
  );
}
