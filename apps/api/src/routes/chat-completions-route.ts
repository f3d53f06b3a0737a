import type { MappingRegistry } from '@gw/mapping-registry';
import type { CanonicalChunk, GatewayMetadata, Logger, ProviderRegistry } from '@gw/providers';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/request-principal.js';
import { parseChatRequest } from '../chat/parse-chat-request.js';
import { writeChatStream } from '../chat/write-chat-stream.js';

/**
 * `POST /v1/chat/completions`, minimal: the caller's alias (user, then global) is resolved to its target, which is
 * what goes upstream; JSON and SSE pass through `@gw/providers`. `x-gw-model` and the body's `gw` field say which
 * model served the answer (and `gw.alias` which alias led there). Routing, budgets and logging come with the
 * full gateway.
 */
export function registerChatCompletionsRoute(server: FastifyInstance, dependencies: { providers: ProviderRegistry; registry: MappingRegistry; logger: Logger }): void {
  const { providers, registry, logger } = dependencies;

  server.post('/v1/chat/completions', async (request, reply) => {
    const principal = requirePrincipal(request);
    const body = parseChatRequest(request.body);
    const resolution = body.model === undefined || body.model === 'auto' ? undefined : await registry.resolve(body.model, principal.ownerId);
    const upstreamRequest = resolution ? { ...body, model: resolution.model } : body;
    const aliasInfo: Partial<GatewayMetadata> = resolution && resolution.kind !== 'model' ? { alias: resolution.alias, aliasScope: resolution.kind } : {};

    // A client that goes away aborts the upstream call.
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const callOptions = { signal: controller.signal, requestId: request.id };

    if (!body.stream) {
      const response = await providers.chat(upstreamRequest, callOptions);
      response.gw = { ...response.gw!, ...aliasInfo };
      return reply.header('x-gw-model', response.gw.model).header('x-request-id', request.id).send(response);
    }

    const stream = providers.stream(upstreamRequest, callOptions);
    const iterator = stream[Symbol.asyncIterator]();
    // Read the first chunk before answering: an upstream that fails at once still gets a real HTTP status.
    const first = await iterator.next();
    reply.hijack();
    await writeChatStream(reply.raw, {
      first,
      rest: iterator,
      headers: { 'x-gw-model': stream.target.id, 'x-request-id': request.id },
      requestId: request.id,
      result: stream.result,
      decorate: (chunk: CanonicalChunk) => (chunk.gw ? { ...chunk, gw: { ...chunk.gw, ...aliasInfo } } : chunk),
      onError: (error) => logger.warn('chat stream failed after it started', { requestId: request.id, error: error instanceof Error ? error.message : String(error) }),
    });
  });
}
