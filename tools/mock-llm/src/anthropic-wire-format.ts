import { anthropicErrorBody, anthropicInvalidRequestBody } from './anthropic-error-body.js';
import { normalizeAnthropicRequest } from './normalize-anthropic-request.js';
import { renderAnthropicMessage } from './render-anthropic-message.js';
import { renderAnthropicStreamEvents } from './render-anthropic-stream-events.js';
import type { WireFormat } from './wire-format.js';

export const anthropicWireFormat: WireFormat = {
  name: 'anthropic',
  idPrefix: 'msg_mock_',
  toolCallIdPrefix: 'toolu_mock_',
  normalize: (body) => normalizeAnthropicRequest(body),
  invalidRequestBody: anthropicInvalidRequestBody,
  statusErrorBody: anthropicErrorBody,
  renderJson: renderAnthropicMessage,
  renderStreamEvents: (answer, context, shape) => renderAnthropicStreamEvents(answer, context, shape),
  // Named like a real event: clients dispatch Anthropic events by name and skip unnamed ones, so
  // without the name the broken JSON would never reach a parser.
  malformedEvent: 'event: content_block_delta\ndata: {"id": broken\n\n',
  errorEvent: 'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
};
