import type { CallLogWriter, ContextStoreDatabase } from '@gw/context-store';
import type { MappingRegistry, RegistryCache } from '@gw/mapping-registry';
import { silentLogger, type Logger, type ProviderRegistry } from '@gw/providers';
import { createRouter, type Router } from '@gw/router';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAuthHook } from './auth/create-auth-hook.js';
import { readRequestId } from './chat/read-request-id.js';
import type { ApiCodeAgentDependencies } from './code-agent/code-agent-dependencies.js';
import { toAnthropicErrorResponse } from './errors/to-anthropic-error-body.js';
import { toErrorResponse } from './errors/to-error-response.js';
import type { ApiMcpOptions } from './mcp/mcp-options.js';
import { registerChatCompletionsRoute } from './routes/chat-completions-route.js';
import { registerCodeAgentRoute } from './routes/code-agent-route.js';
import { registerHealthRoute } from './routes/health-route.js';
import { registerKeysRoutes } from './routes/keys-routes.js';
import { registerMcpRoute } from './routes/mcp-route.js';
import { registerMessagesRoute } from './routes/messages-route.js';
import { registerModelMappingsRoutes } from './routes/model-mappings-routes.js';
import { registerModelsRoute } from './routes/models-route.js';

export interface ApiServerDependencies {
  providers: ProviderRegistry;
  registry: MappingRegistry;
  /** Routes `model: "auto"` and calls explicit models (default: `createRouter({ registry: providers })`). */
  router?: Router;
  /** Every chat request's one `llm_calls` row goes here; without it chat calls are not logged. */
  callLog?: CallLogWriter;
  logger?: Logger;
  /** Largest request body (default 10 MiB: chat requests carry images). */
  bodyLimitBytes?: number;
  /** Shown by `/health` (storage kinds); never secrets. */
  healthInfo?: Record<string, unknown>;
  /** Probed by `/health`: the database (503 when unreachable) and the registry cache when it is Redis. */
  healthChecks?: { database?: ContextStoreDatabase; cache?: RegistryCache; timeoutMs?: number };
  /** Backs `POST /v1/code-agent` and the MCP `code` toolset; without it the route answers 503. */
  codeAgent?: ApiCodeAgentDependencies;
  /** What `POST /mcp` serves (default: the `gateway` toolset on `providers` and the router). */
  mcp?: ApiMcpOptions;
}

/**
 * The HTTP server, built from ready dependencies and not yet listening (call `listen` or `inject`). The bin reads
 * the environment and config; tests and embedders pass their own dependencies.
 */
export async function createApiServer(dependencies: ApiServerDependencies): Promise<FastifyInstance> {
  const logger = dependencies.logger ?? silentLogger;
  const server = Fastify({
    logger: false,
    bodyLimit: dependencies.bodyLimitBytes ?? 10 * 1024 * 1024,
    // The client's x-request-id (when sane) is the call log's idempotency key and is echoed back.
    requestIdHeader: false,
    genReqId: readRequestId,
  });
  server.decorateRequest('principal', null);
  // Every answer, errors included, says which request id it was logged under.
  server.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  server.addHook('onRequest', createAuthHook(dependencies.registry));

  server.setErrorHandler((error, request, reply) => {
    // Anthropic clients (the SDK, Claude Code) parse errors in Anthropic's shape.
    const anthropic = request.url.startsWith('/v1/messages');
    const response = anthropic ? toAnthropicErrorResponse(error, request.id) : toErrorResponse(error, request.id);
    if (response.status >= 500) {
      logger.error('request failed', { requestId: request.id, method: request.method, url: request.url, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
    return reply.code(response.status).send(response.body);
  });
  server.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.` } }),
  );

  registerHealthRoute(server, { info: dependencies.healthInfo ?? {}, ...dependencies.healthChecks });
  registerModelsRoute(server, dependencies.registry);
  registerModelMappingsRoutes(server, dependencies.registry);
  registerKeysRoutes(server, dependencies.registry);
  const router = dependencies.router ?? createRouter({ registry: dependencies.providers, logger });
  const chat = { providers: dependencies.providers, registry: dependencies.registry, router, logger, ...(dependencies.callLog ? { callLog: dependencies.callLog } : {}) };
  registerChatCompletionsRoute(server, chat);
  registerMessagesRoute(server, chat);
  const { codeAgent } = dependencies;
  registerCodeAgentRoute(server, { router, ...(codeAgent ? { codeAgent } : {}) });
  const mcp = dependencies.mcp ?? {};
  registerMcpRoute(server, {
    logger,
    toolsets: {
      ...mcp,
      toolsets: mcp.toolsets ?? ['gateway'],
      registry: dependencies.providers,
      router,
      logger,
      ...(codeAgent
        ? {
            code: {
              router,
              contextManager: codeAgent.contextManager,
              ...(codeAgent.readWorkspaceFile ? { readWorkspaceFile: codeAgent.readWorkspaceFile } : {}),
              ...(mcp.secrets ? { secrets: mcp.secrets } : {}),
              logger,
            },
          }
        : {}),
    },
  });
  await server.ready();
  return server;
}
