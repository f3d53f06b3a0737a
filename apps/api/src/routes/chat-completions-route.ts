import type { FastifyInstance } from 'fastify';
import type { ChatDependencies } from '../chat/chat-dependencies.js';
import { createOpenAiStreamEncoder } from '../chat/create-openai-stream-encoder.js';
import { gatewayHeaders } from '../chat/gateway-headers.js';
import { parseChatRequest } from '../chat/parse-chat-request.js';
import { pipeChatStream } from '../chat/pipe-chat-stream.js';
import { startChatCall } from '../chat/prepare-chat-call.js';

/**
 * `POST /v1/chat/completions`: `model` absent or `auto` is routed by `@gw/router`; a catalog id, `provider/model` or
 * alias (user, then global) is called as that model's deployments (retries and fallbacks between them). The body's
 * `gw` field carries provider, model, tier, cost and the routing trace; `x-gw-model` and `x-gw-cost-usd` (JSON) and
 * `x-request-id` headers go with it. Every request writes one `llm_calls` row.
 */
export function registerChatCompletionsRoute(server: FastifyInstance, dependencies: ChatDependencies): void {
  const { router } = dependencies;

  server.post('/v1/chat/completions', async (request, reply) => {
    const requestedModel = (request.body as { model?: unknown } | null)?.model;
    const call = startChatCall(dependencies, request, reply, typeof requestedModel === 'string' ? requestedModel : undefined);
    try {
      const prepared = await call.prepare(parseChatRequest(request.body));
      if (!prepared.request.stream) {
        const response = await router.route(prepared.request, prepared.routeOptions);
        response.gw = prepared.decorate(response.gw!);
        call.recorder.finish({ status: 'success', gw: response.gw });
        return reply.headers({ ...gatewayHeaders(response.gw), 'x-request-id': request.id }).send(response);
      }
      // Throws before any header goes out for requests the router cannot plan (4xx keep their status).
      const stream = router.stream(prepared.request, prepared.routeOptions);
      reply.hijack();
      const outcome = await pipeChatStream(reply.raw, {
        stream,
        signal: prepared.signal,
        headers: { 'x-request-id': request.id, ...(prepared.explicitModel === undefined ? {} : { 'x-gw-model': prepared.explicitModel }) },
        encoder: createOpenAiStreamEncoder({ requestId: request.id, decorate: prepared.decorate }),
      });
      if (outcome.error !== undefined && outcome.errorCode !== 'client_closed') {
        dependencies.logger.warn('chat stream failed after it started', { requestId: request.id, error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) });
      }
      call.recorder.finish({ ...outcome, ...(outcome.gw ? { gw: prepared.decorate(outcome.gw) } : {}) });
    } catch (error) {
      call.recorder.finish({ status: 'error', error, ...(call.signal.aborted ? { errorCode: 'client_closed' } : {}) });
      throw error;
    }
  });
}
