import type { GatewayMetadata } from '@gw/providers';
import type { FastifyReply } from 'fastify';
import type { ChatDependencies } from './chat-dependencies.js';
import { pipeChatStream } from './pipe-chat-stream.js';
import type { PreparedChatCall } from './prepare-chat-call.js';
import type { StreamEncoder } from './stream-encoder.js';

export interface StreamRoutedAnswerOptions {
  prepared: PreparedChatCall;
  /** The client's wire format: OpenAI chunks or Anthropic events. */
  encoder: StreamEncoder;
  /** Adds what the route knows to the answer's `gw` metadata before it is logged. */
  decorate(gw: GatewayMetadata): GatewayMetadata;
  /** Names the route in the warning logged when a stream breaks after it started. */
  label: string;
}

/**
 * The streamed half of both chat routes: routes the request as a stream, writes it to the client in its format,
 * and records the outcome (success, partial or error) as the request's one `llm_calls` row.
 */
export async function streamRoutedAnswer(dependencies: ChatDependencies, reply: FastifyReply, options: StreamRoutedAnswerOptions): Promise<void> {
  const { prepared } = options;
  // Throws before any header goes out for requests the router cannot plan (4xx keep their status).
  const stream = dependencies.router.stream(prepared.request, prepared.routeOptions);
  reply.hijack();
  const requestId = prepared.routeOptions.requestId;
  const outcome = await pipeChatStream(reply.raw, {
    stream,
    signal: prepared.signal,
    headers: { 'x-request-id': requestId, ...(prepared.explicitModel === undefined ? {} : { 'x-gw-model': prepared.explicitModel }) },
    encoder: options.encoder,
  });
  if (outcome.error !== undefined && outcome.errorCode !== 'client_closed') {
    dependencies.logger.warn(`${options.label} stream failed after it started`, {
      requestId,
      error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
    });
  }
  prepared.recorder.finish({ ...outcome, ...(outcome.gw ? { gw: options.decorate(outcome.gw) } : {}) });
}
