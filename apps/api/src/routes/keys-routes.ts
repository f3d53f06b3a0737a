import { parseCreateKeyInput, parseListKeysOptions, toApiKeyJson, type MappingRegistry } from '@gw/mapping-registry';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/request-principal.js';

/** `POST/GET /api/v1/keys` and `DELETE /api/v1/keys/:id` (admin keys only). The key itself is in the POST answer, once. */
export function registerKeysRoutes(server: FastifyInstance, registry: MappingRegistry): void {
  server.post('/api/v1/keys', async (request, reply) => {
    const created = await registry.createKey(requirePrincipal(request), parseCreateKeyInput(request.body));
    return reply.code(201).header('cache-control', 'no-store').send({ ...toApiKeyJson(created.record), key: created.key });
  });

  server.get('/api/v1/keys', async (request) => {
    const keys = await registry.listKeys(requirePrincipal(request), parseListKeysOptions(request.query));
    return { data: keys.map(toApiKeyJson) };
  });

  server.delete<{ Params: { id: string } }>('/api/v1/keys/:id', async (request) => {
    return toApiKeyJson(await registry.revokeKey(requirePrincipal(request), request.params.id));
  });
}
