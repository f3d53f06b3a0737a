import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { paginate } from './paginate.js';
import { runTool, type ToolContext } from './tool-context.js';
import { apiKeyArgument } from './tool-arguments.js';
import { toolSuccess } from './tool-result.js';

export function registerListModelsTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'list_models',
    {
      title: 'List models',
      description:
        'List the models you can call through gw: built-in models, global aliases and your own aliases (each alias with its target). ' +
        'Paged: page/page_size or limit/offset (default 50 per page).',
      inputSchema: {
        api_key: apiKeyArgument,
        page: z.number().int().min(1).optional().describe('1-based page number.'),
        page_size: z.number().int().min(1).max(500).optional().describe('Entries per page (default 50).'),
        limit: z.number().int().min(1).max(500).optional().describe('Alternative to page_size.'),
        offset: z.number().int().min(0).optional().describe('Alternative to page: entries to skip.'),
        include_disabled: z.boolean().optional().describe('Also list your disabled aliases (default true).'),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      runTool(context, 'list_models', args.api_key, async (options) => {
        const list = await context.client.listModels({ include_disabled: args.include_disabled ?? true }, options);
        const entries = list.data.map((model) => ({
          id: model.id,
          type: model.gw.type,
          provider: model.gw.provider,
          enabled: model.gw.enabled,
          ...(model.gw.target_model === undefined ? {} : { target_model: model.gw.target_model }),
          ...(model.gw.description === undefined ? {} : { description: model.gw.description }),
          owned_by: model.owned_by,
        }));
        const page = paginate(entries, args);
        const count = (type: string) => entries.filter((entry) => entry.type === type).length;
        return toolSuccess({
          models: page.items,
          total: page.total,
          page: page.page,
          page_size: page.page_size,
          offset: page.offset,
          limit: page.limit,
          has_more: page.has_more,
          counts: { built_in: count('built-in'), global: count('global'), mine: count('user') },
        });
      }),
  );
}
