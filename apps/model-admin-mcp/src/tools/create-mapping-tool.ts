import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { given, runTool, type ToolContext } from './tool-context.js';
import { aliasArgument, apiKeyArgument, descriptionArgument, modelNameArgument, ownerArgument, providerArgument, targetModelArgument } from './tool-arguments.js';
import { toolInputFailure, toolSuccess } from './tool-result.js';

export function registerCreateMappingTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'create_mapping',
    {
      title: 'Create a model alias',
      description:
        'Create a model alias that you own: calls to the alias go to the target model. The alias may not be a built-in model id or a global alias. ' +
        'Give provider_id + model_name (or target_model). Admins may pass scope "global" to create an alias for everyone.',
      inputSchema: {
        api_key: apiKeyArgument,
        alias: aliasArgument,
        provider_id: providerArgument,
        model_name: modelNameArgument,
        target_model: targetModelArgument,
        description: descriptionArgument,
        enabled: z.boolean().optional().describe('Default true.'),
        scope: z.enum(['user', 'global']).optional().describe('"user" (default) or, for admins, "global".'),
        owner_id: ownerArgument,
      },
    },
    async (args) => {
      const modelName = given(args.model_name);
      const targetModel = given(args.target_model);
      if (modelName === undefined && targetModel === undefined) {
        return toolInputFailure('Give the target: model_name (with provider_id), or target_model (a model id from list_models, or "provider/model").');
      }
      return runTool(context, 'create_mapping', args.api_key, async (options) => {
        const mapping = await context.client.createMapping(
          {
            alias: args.alias,
            ...(targetModel === undefined ? {} : { target_model: targetModel }),
            ...(modelName === undefined ? {} : { model_name: modelName }),
            ...(given(args.provider_id) === undefined ? {} : { provider_id: given(args.provider_id)! }),
            ...(given(args.description) === undefined ? {} : { description: given(args.description)! }),
            ...(args.enabled === undefined ? {} : { enabled: args.enabled }),
            ...(args.scope === undefined ? {} : { scope: args.scope }),
            ...(given(args.owner_id) === undefined ? {} : { owner_id: given(args.owner_id)! }),
          },
          options,
        );
        return toolSuccess({ created: true, mapping });
      });
    },
  );
}
