import type { CatalogModel, ModelFilter, ProviderRegistry } from '@gw/providers';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { buildErrorResult } from './build-error-result.js';
import { withOperatorDescription } from './describe-gateway-tools.js';
import type { GatewayToolsetOptions } from './gateway-toolset-options.js';
import { listModelsInputSchema, listModelsOutputSchema, type ListModelsInput, type ListModelsOutput } from './list-models-schemas.js';

function filterOf(input: ListModelsInput): ModelFilter {
  return {
    ...(input.capability === undefined ? {} : { capability: input.capability }),
    ...(input.provider === undefined ? {} : { provider: input.provider }),
    ...(input.tier === undefined ? {} : { tier: input.tier }),
    ...(input.max_input_price === undefined ? {} : { maxInputPrice: input.max_input_price }),
    ...(input.max_output_price === undefined ? {} : { maxOutputPrice: input.max_output_price }),
  };
}

function entryOf(model: CatalogModel): ListModelsOutput['models'][number] {
  const { input, output, cachedInput, cacheWrite, reasoning } = model.price;
  return {
    id: model.id,
    provider: model.provider,
    tier: model.tier,
    price_per_million_tokens_usd: {
      input,
      output,
      ...(cachedInput === undefined ? {} : { cached_input: cachedInput }),
      ...(cacheWrite === undefined ? {} : { cache_write: cacheWrite }),
      ...(reasoning === undefined ? {} : { reasoning }),
    },
    context_window: model.contextWindow,
    max_output_tokens: model.maxOutputTokens,
    capabilities: [...model.capabilities],
  };
}

function formatLine(model: ListModelsOutput['models'][number]): string {
  const price = model.price_per_million_tokens_usd;
  const context = model.context_window >= 1_000_000 ? `${model.context_window / 1_000_000}M` : `${Math.round(model.context_window / 1000)}K`;
  return `- ${model.id} (${model.provider}, tier ${model.tier}): $${price.input} in / $${price.output} out per 1M tokens, ${context} context; ${model.capabilities.join(', ')}`;
}

export function createListModelsTool(options: GatewayToolsetOptions, registry: () => Promise<ProviderRegistry>): ToolDefinition {
  return defineTool({
    name: 'list_models',
    title: 'List models',
    description: withOperatorDescription(
      'List the models chat_completion can use: id, provider, tier (0 free/local … 3 premium), prices in USD per million tokens, context window and capabilities (code, vision, tools, json, reasoning). Filter by capability, provider, tier or maximum price.',
      options.description,
    ),
    inputSchema: listModelsInputSchema,
    outputSchema: listModelsOutputSchema,
    // Reads gw's own catalog: no upstream call, no side effect.
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async handler(input) {
      try {
        const resolved = await registry();
        const models = resolved.listModels(filterOf(input)).map(entryOf);
        const description = options.description?.trim();
        const structured: ListModelsOutput = {
          models,
          count: models.length,
          ...(options.defaultModel ? { default_model: options.defaultModel } : {}),
          providers: resolved.providers.map((provider) => provider.id),
          ...(description ? { description } : {}),
        };
        const lines = [
          models.length === 0 ? 'No model matches these filters.' : `${models.length} model${models.length === 1 ? '' : 's'}:`,
          ...models.map(formatLine),
        ];
        if (options.defaultModel) lines.push(`Default model: ${options.defaultModel}`);
        lines.push(`Providers: ${structured.providers.join(', ')} (any "<provider>/<model>" can be called, unlisted ones without a known price)`);
        if (description) lines.push('', description);
        return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent: structured };
      } catch (error) {
        return buildErrorResult(error, options.secrets);
      }
    },
  });
}
