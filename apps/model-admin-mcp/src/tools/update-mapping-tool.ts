import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { given, runTool, type ToolContext } from './tool-context.js';
import { aliasArgument, apiKeyArgument, descriptionArgument, modelNameArgument, ownerArgument, providerArgument, targetModelArgument } from './tool-arguments.js';
import { toolInputFailure, toolSuccess } from './tool-result.js';

export function registerUpdateMappingTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'update_mapping',
    {
      title: 'Update a model alias',
      description:
        'Change one of your aliases (admins: also global ones). Only the fields you give change: new_alias renames, provider_id/model_name (or target_model) retarget, ' +
        'enabled false disables it (calls no longer resolve) and true enables it again.',
      inputSchema: {
        api_key: apiKeyArgument,
        alias: aliasArgument.describe('The current alias.'),
        new_alias: z.string().optional().describe('Rename to this alias.'),
        provider_id: providerArgument,
        model_name: modelNameArgument,
        target_model: targetModelArgument,
        description: descriptionArgument,
        enabled: z.boolean().optional().describe('false disables the alias, true enables it again.'),
        owner_id: ownerArgument,
      },
    },
    async (args) => {
      const body = {
        ...(given(args.new_alias) === undefined ? {} : { new_alias: given(args.new_alias)! }),
        ...(given(args.target_model) === undefined ? {} : { target_model: given(args.target_model)! }),
        ...(given(args.model_name) === undefined ? {} : { model_name: given(args.model_name)! }),
        ...(given(args.provider_id) === undefined ? {} : { provider_id: given(args.provider_id)! }),
        ...(given(args.description) === undefined ? {} : { description: given(args.description)! }),
        ...(args.enabled === undefined ? {} : { enabled: args.enabled }),
      };
      if (Object.keys(body).length === 0) {
        return toolInputFailure('Nothing to update: give at least one of new_alias, provider_id, model_name, target_model, description, enabled.');
      }
      return runTool(context, 'update_mapping', args.api_key, async (options) => {
        const owner = given(args.owner_id);
        const mapping = await context.client.updateMapping(args.alias, body, owner === undefined ? {} : { owner_id: owner }, options);
        return toolSuccess({ updated: true, mapping });
      });
    },
  );
}
