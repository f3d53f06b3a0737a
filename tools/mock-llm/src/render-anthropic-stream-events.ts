import type { ChatAnswer } from './chat-answer.js';
import { anthropicStopReason, renderAnthropicUsage } from './render-anthropic-message.js';
import type { ResponseContext, StreamShape } from './response-context.js';

function event(type: string, data: Record<string, unknown>): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

/** Every SSE event of a streamed Anthropic message, `message_stop` included. */
export function renderAnthropicStreamEvents(answer: ChatAnswer, context: ResponseContext, shape: StreamShape): string[] {
  const events: string[] = [];
  events.push(
    event('message_start', {
      message: {
        id: context.id,
        type: 'message',
        role: 'assistant',
        model: context.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: renderAnthropicUsage(answer.usage, 1),
      },
    }),
  );

  let index = 0;
  const startBlock = (contentBlock: Record<string, unknown>) => {
    events.push(event('content_block_start', { index, content_block: contentBlock }));
    if (index === 0) events.push(event('ping', {}));
  };
  if (answer.text !== null) {
    startBlock({ type: 'text', text: '' });
    for (const piece of shape.textPieces) events.push(event('content_block_delta', { index, delta: { type: 'text_delta', text: piece } }));
    events.push(event('content_block_stop', { index }));
    index += 1;
  }
  if (answer.toolCall !== undefined) {
    startBlock({ type: 'tool_use', id: context.toolCallId, name: answer.toolCall.name, input: {} });
    for (const piece of shape.argumentPieces) {
      events.push(event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: piece } }));
    }
    events.push(event('content_block_stop', { index }));
  }

  events.push(
    event('message_delta', {
      delta: { stop_reason: anthropicStopReason(answer), stop_sequence: answer.stopSequence },
      usage: { output_tokens: answer.usage.outputTokens },
    }),
  );
  events.push(event('message_stop', {}));
  return events;
}
