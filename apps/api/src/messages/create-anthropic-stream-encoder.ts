import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import { createAnthropicEventEncoder } from '@gw/providers';
import type { StreamEncoder } from '../chat/stream-encoder.js';
import { toAnthropicErrorResponse } from '../errors/to-anthropic-error-body.js';

const encodeEvents = (events: readonly RawMessageStreamEvent[]) => events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join('');

/**
 * Anthropic SSE: canonical chunks become Anthropic's events in Anthropic's order (message_start, content blocks,
 * message_delta, message_stop). A failure after the headers is `event: error`, and message_stop never comes.
 */
export function createAnthropicStreamEncoder(options: { model: string; requestId: string }): StreamEncoder {
  const encoder = createAnthropicEventEncoder({ model: options.model });
  return {
    chunk: (chunk) => encodeEvents(encoder.push(chunk)),
    end: () => encodeEvents(encoder.finish()),
    error: (error) => `event: error\ndata: ${JSON.stringify(toAnthropicErrorResponse(error, options.requestId).body)}\n\n`,
  };
}
