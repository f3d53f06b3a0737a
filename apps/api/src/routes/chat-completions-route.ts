import type { FastifyInstance } from 'fastify';
import type { ChatDependencies } from '../chat/chat-dependencies.js';
import { createOpenAiStreamEncoder } from '../chat/create-openai-stream-encoder.js';
import { gatewayHeaders } from '../chat/gateway-headers.js';
import { parseChatRequest } from '../chat/parse-chat-request.js';
import { startChatCall } from '../chat/prepare-chat-call.js';
import { streamRoutedAnswer } from '../chat/stream-routed-answer.js';

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
      await streamRoutedAnswer(dependencies, reply, {
        prepared,
        encoder: createOpenAiStreamEncoder({ requestId: request.id, decorate: prepared.decorate }),
        decorate: prepared.decorate,
        label: 'chat',
      });
    } catch (error) {
      call.recorder.finish({ status: 'error', error, ...(call.signal.aborted ? { errorCode: 'client_closed' } : {}) });
      throw error;
    }
  });
}
