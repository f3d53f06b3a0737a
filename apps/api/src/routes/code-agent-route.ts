import { CodeAgentError, codeAgentInputSchema, runCodeAgent } from '@gw/mcp-tools';
import { GatewayError } from '@gw/providers';
import type { Router } from '@gw/router';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/request-principal.js';
import type { ApiCodeAgentDependencies } from '../code-agent/code-agent-dependencies.js';
import { toCodeAgentErrorBody } from '../code-agent/to-code-agent-error-body.js';

export interface CodeAgentRouteDependencies {
  router: Pick<Router, 'route'>;
  /** Without it (embedders that pass no context store) the route answers 503. */
  codeAgent?: ApiCodeAgentDependencies;
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => (issue.path.length === 0 ? issue.message : `"${issue.path.map(String).join('.')}": ${issue.message}`)).join('; ');
}

/**
 * `POST /v1/code-agent` (ai-mcp-gateway's endpoint): plans the task as a TODO list kept under the key's user, runs each
 * step through the router and answers with the code agent's output. A stopped run answers with its status and
 * `{ error: { code, message, stage, step, todo, total_cost_usd } }`.
 */
export function registerCodeAgentRoute(server: FastifyInstance, dependencies: CodeAgentRouteDependencies): void {
  server.post('/v1/code-agent', async (request, reply) => {
    const principal = requirePrincipal(request);
    const parsed = codeAgentInputSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw new GatewayError(`Invalid code-agent request: ${describeIssues(parsed.error)}`, { code: 'invalid_request', status: 400 });
    const codeAgent = dependencies.codeAgent;
    if (!codeAgent) throw new GatewayError('The code agent is not available on this server (no context store configured).', { code: 'code_agent_unavailable', status: 503 });
    // A client that goes away stops the run before its next model call.
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    try {
      const output = await runCodeAgent(parsed.data, {
        router: dependencies.router,
        contextManager: codeAgent.contextManager,
        ...(codeAgent.readWorkspaceFile ? { readWorkspaceFile: codeAgent.readWorkspaceFile } : {}),
        userId: principal.ownerId,
        signal: controller.signal,
      });
      return reply.header('cache-control', 'no-store').send(output);
    } catch (error) {
      if (error instanceof CodeAgentError) return reply.code(error.status).send(toCodeAgentErrorBody(error));
      throw error;
    }
  });
}
