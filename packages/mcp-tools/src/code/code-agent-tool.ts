import { silentLogger } from '@gw/providers';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { buildCodeAgentErrorResult } from './build-code-agent-error-result.js';
import type { CodeAgentProgress } from './code-agent-dependencies.js';
import { CodeAgentError } from './code-agent-error.js';
import { codeAgentInputSchema } from './code-agent-input-schema.js';
import { codeAgentOutputSchema } from './code-agent-output-schema.js';
import type { CodeToolsetOptions } from './code-toolset-options.js';
import { runCodeAgent } from './run-code-agent.js';

const description =
  'Plans a coding task as a short TODO list (kept in the gateway\'s context store), carries out each step with the ' +
  'cheapest model that passes the checks (escalating when an answer fails), and returns the final code with the ' +
  'TODO state, the model and cost of every call and the total cost. Give `context` (language, framework, existing ' +
  'code, requirements) and, when a workspace is configured, `files` to read. Sends a progress notification per step.';

export function createCodeAgentTool(options: CodeToolsetOptions): ToolDefinition {
  const logger = options.logger ?? silentLogger;
  const secrets = options.secrets ?? [];
  return defineTool({
    name: 'code_agent',
    title: 'Code agent',
    description,
    inputSchema: codeAgentInputSchema,
    outputSchema: codeAgentOutputSchema,
    // Writes TODO lists (not read-only) but never deletes or overwrites anything (not destructive); every
    // call plans and spends again (not idempotent); it calls third-party model APIs (open world).
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    async handler(input, extra) {
      const started = performance.now();
      const progressToken = extra._meta?.progressToken;
      const onStepDone =
        progressToken === undefined
          ? undefined
          : async (progress: CodeAgentProgress) => {
              try {
                await extra.sendNotification({
                  method: 'notifications/progress',
                  params: {
                    progressToken,
                    progress: progress.step,
                    total: progress.totalSteps,
                    message: `Step ${progress.step} of ${progress.totalSteps} done: ${progress.title} (${progress.model})`,
                  },
                });
              } catch (error) {
                // A lost notification must not cost the run its result.
                logger.debug('code_agent progress notification failed', { error: error instanceof Error ? error.name : typeof error });
              }
            };
      try {
        const output = await runCodeAgent(input, {
          router: options.router,
          contextManager: options.contextManager,
          signal: extra.signal,
          ...(options.readWorkspaceFile ? { readWorkspaceFile: options.readWorkspaceFile } : {}),
          ...(options.limits ? { limits: options.limits } : {}),
          ...(onStepDone ? { onStepDone } : {}),
        });
        logger.debug('code_agent answered', { steps: output.steps.length, costUsd: output.total_cost_usd, milliseconds: Math.round(performance.now() - started) });
        return { content: [{ type: 'text', text: output.code }], structuredContent: output };
      } catch (error) {
        const stopped =
          error instanceof CodeAgentError
            ? error
            : new CodeAgentError('code_agent failed unexpectedly (details are in the server log).', {
                code: 'internal_error',
                status: 500,
                retryable: false,
                stage: 'step',
                totalCostUsd: 0,
                cause: error,
              });
        logger.warn('code_agent failed', {
          code: stopped.code,
          stage: stopped.stage,
          step: stopped.stepNumber,
          error: error instanceof Error ? error.name : typeof error,
          milliseconds: Math.round(performance.now() - started),
        });
        return buildCodeAgentErrorResult(stopped, secrets);
      }
    },
  });
}
