import { convertFromAnthropicRequest, convertToAnthropicResponse } from '@gw/providers';
import type { FastifyInstance } from 'fastify';
import type { ChatDependencies } from '../chat/chat-dependencies.js';
import { gatewayHeaders } from '../chat/gateway-headers.js';
import { startChatCall } from '../chat/prepare-chat-call.js';
import { streamRoutedAnswer } from '../chat/stream-routed-answer.js';
import { createAnthropicStreamEncoder } from '../messages/create-anthropic-stream-encoder.js';
import { parseMessagesRequest } from '../messages/parse-messages-request.js';

/**
 * `POST /v1/messages`: the Anthropic Messages API in and out, to any provider behind gw. The body is translated to
 * the canonical (OpenAI) request, routed or called like `/v1/chat/completions`, and the answer translated back (JSON,
 * or Anthropic's stream events in Anthropic's order). The answer's `model` is the name the client sent; `gw` and the
 * `x-gw-*` headers say what served it. Errors use Anthropic's shape (see the server's error handler).
 */
export function registerMessagesRoute(server: FastifyInstance, dependencies: ChatDependencies): void {
  const { router } = dependencies;

  server.post('/v1/messages', async (request, reply) => {
    const requestedModel = (request.body as { model?: unknown } | null)?.model;
    const call = startChatCall(dependencies, request, reply, typeof requestedModel === 'string' ? requestedModel : undefined);
    try {
      const body = parseMessagesRequest(request.body);
      const { request: canonical, warnings } = convertFromAnthropicRequest(body);
      const prepared = await call.prepare(canonical);
      const decorate = (gw: Parameters<typeof prepared.decorate>[0]) => {
        const decorated = prepared.decorate(gw);
        return warnings.length === 0 ? decorated : { ...decorated, warnings: [...warnings, ...(decorated.warnings ?? [])] };
      };
      if (!prepared.request.stream) {
        const response = await router.route(prepared.request, prepared.routeOptions);
        const gw = decorate(response.gw!);
        const message = convertToAnthropicResponse(response, { model: body.model });
        call.recorder.finish({ status: 'success', gw });
        return reply.headers({ ...gatewayHeaders(gw), 'x-request-id': request.id }).send({ ...message, gw });
      }
      await streamRoutedAnswer(dependencies, reply, {
        prepared,
        encoder: createAnthropicStreamEncoder({ model: body.model, requestId: request.id }),
        decorate,
        label: 'messages',
      });
    } catch (error) {
      call.recorder.finish({ status: 'error', error, ...(call.signal.aborted ? { errorCode: 'client_closed' } : {}) });
      throw error;
    }
  });
}
