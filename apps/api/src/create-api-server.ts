import type { MappingRegistry } from '@gw/mapping-registry';
import { silentLogger, type Logger, type ProviderRegistry } from '@gw/providers';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAuthHook } from './auth/create-auth-hook.js';
import { toErrorResponse } from './errors/to-error-response.js';
import { registerChatCompletionsRoute } from './routes/chat-completions-route.js';
import { registerHealthRoute } from './routes/health-route.js';
import { registerKeysRoutes } from './routes/keys-routes.js';
import { registerModelMappingsRoutes } from './routes/model-mappings-routes.js';
import { registerModelsRoute } from './routes/models-route.js';

export interface ApiServerDependencies {
  providers: ProviderRegistry;
  registry: MappingRegistry;
  logger?: Logger;
  /** Largest request body (default 10 MiB: chat requests carry images). */
  bodyLimitBytes?: number;
  /** Shown by `/health` (storage kinds); never secrets. */
  healthInfo?: Record<string, unknown>;
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
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  });
  server.decorateRequest('principal', null);
  server.addHook('onRequest', createAuthHook(dependencies.registry));

  server.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error, request.id);
    if (response.status >= 500) {
      logger.error('request failed', { requestId: request.id, method: request.method, url: request.url, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
    return reply.code(response.status).send(response.body);
  });
  server.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.` } }),
  );

  registerHealthRoute(server, dependencies.healthInfo ?? {});
  registerModelsRoute(server, dependencies.registry);
  registerModelMappingsRoutes(server, dependencies.registry);
  registerKeysRoutes(server, dependencies.registry);
  registerChatCompletionsRoute(server, { providers: dependencies.providers, registry: dependencies.registry, logger });
  await server.ready();
  return server;
}
