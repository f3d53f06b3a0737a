import {
  parseCreateMappingInput,
  parseListMappingsOptions,
  parseMappingSelector,
  parseUpdateMappingInput,
  toMappingJson,
  type MappingRegistry,
} from '@gw/mapping-registry';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/request-principal.js';

type AliasRoute = { Params: { alias: string } };

/** `GET/POST /api/v1/model-mappings` and `GET/PUT/DELETE /api/v1/model-mappings/:alias` (the aigateway-mcp API). */
export function registerModelMappingsRoutes(server: FastifyInstance, registry: MappingRegistry): void {
  server.get('/api/v1/model-mappings', async (request) => {
    const mappings = await registry.listMappings(requirePrincipal(request), parseListMappingsOptions(request.query));
    return { data: mappings.map(toMappingJson), total: mappings.length };
  });

  server.post('/api/v1/model-mappings', async (request, reply) => {
    const record = await registry.createMapping(requirePrincipal(request), parseCreateMappingInput(request.body));
    return reply.code(201).send(toMappingJson(record));
  });

  server.get<AliasRoute>('/api/v1/model-mappings/:alias', async (request) => {
    return toMappingJson(await registry.getMapping(requirePrincipal(request), request.params.alias, parseMappingSelector(request.query)));
  });

  server.put<AliasRoute>('/api/v1/model-mappings/:alias', async (request) => {
    const input = parseUpdateMappingInput(request.body, request.params.alias);
    return toMappingJson(await registry.updateMapping(requirePrincipal(request), request.params.alias, input, parseMappingSelector(request.query)));
  });

  server.delete<AliasRoute>('/api/v1/model-mappings/:alias', async (request) => {
    const record = await registry.deleteMapping(requirePrincipal(request), request.params.alias, parseMappingSelector(request.query));
    return { deleted: true, mapping: toMappingJson(record) };
  });
}
