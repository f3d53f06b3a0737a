import { silentLogger, type ProviderRegistry } from '@gw/providers';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { buildCanonicalRequest } from './build-canonical-request.js';
import { buildErrorResult } from './build-error-result.js';
import { chatCompletionInputSchema } from './chat-completion-input-schema.js';
import { chatCompletionOutputSchema } from './chat-completion-output-schema.js';
import { chooseModel } from './choose-model.js';
import { describeChatCompletion, withOperatorDescription } from './describe-gateway-tools.js';
import type { GatewayToolsetOptions } from './gateway-toolset-options.js';
import { openProviderStream, runChat, runRouted, runStreamed } from './run-chat-completion.js';
import { createProgressSender } from './send-progress.js';

export function createChatCompletionTool(options: GatewayToolsetOptions, registry: () => Promise<ProviderRegistry>): ToolDefinition {
  const logger = options.logger ?? silentLogger;
  const secrets = options.secrets ?? [];
  return defineTool({
    name: 'chat_completion',
    title: 'Chat completion',
    description: withOperatorDescription(describeChatCompletion(options.defaultModel, options.router !== undefined), options.description),
    inputSchema: chatCompletionInputSchema,
    outputSchema: chatCompletionOutputSchema,
    // Not read-only: every call spends money and rate limit on the operator's provider account. Nothing is
    // deleted (not destructive), answers vary (not idempotent), and it talks to third-party APIs (open world).
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    async handler(input, extra) {
      const started = performance.now();
      try {
        const resolved = await registry();
        const choice = chooseModel(input.model, resolved, {
          routerAvailable: options.router !== undefined,
          defaultModel: options.defaultModel,
          passThroughProvider: options.passThroughProvider,
        });
        const request = buildCanonicalRequest(input, choice.kind === 'model' ? choice.model : 'auto', options.requestDefaults);
        const sendProgress = input.stream ? createProgressSender(extra) : undefined;
        const result =
          choice.kind === 'router'
            ? await runRouted(options.router!, request, extra, sendProgress)
            : sendProgress
              ? await runStreamed(openProviderStream(resolved, request, extra), request, sendProgress)
              : await runChat(resolved, request, extra);
        logger.debug('chat_completion answered', {
          model: (result.structuredContent as { model?: string } | undefined)?.model,
          milliseconds: Math.round(performance.now() - started),
        });
        return result;
      } catch (error) {
        logger.warn('chat_completion failed', { error: error instanceof Error ? error.name : 'unknown', milliseconds: Math.round(performance.now() - started) });
        return buildErrorResult(error, secrets);
      }
    },
  });
}
