import { toOpenAiModelList, type MappingRegistry } from '@gw/mapping-registry';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/request-principal.js';

/** `GET /v1/models`: the OpenAI list of built-in models, global aliases and the caller's own (`?include_disabled=true` adds disabled ones). */
export function registerModelsRoute(server: FastifyInstance, registry: MappingRegistry): void {
  server.get<{ Querystring: { include_disabled?: string } }>('/v1/models', async (request) => {
    const entries = await registry.listModels(requirePrincipal(request), { includeDisabled: request.query.include_disabled === 'true' });
    return toOpenAiModelList(entries);
  });
}
