import { normalizeOpenAiRequest } from './normalize-openai-request.js';
import { openAiErrorBody, openAiInvalidRequestBody } from './openai-error-body.js';
import { renderOpenAiCompletion } from './render-openai-completion.js';
import { renderOpenAiStreamEvents } from './render-openai-stream-events.js';
import type { WireFormat } from './wire-format.js';

export const openAiWireFormat: WireFormat = {
  name: 'openai',
  idPrefix: 'chatcmpl-mock-',
  toolCallIdPrefix: 'call_mock_',
  normalize: normalizeOpenAiRequest,
  invalidRequestBody: openAiInvalidRequestBody,
  statusErrorBody: openAiErrorBody,
  renderJson: renderOpenAiCompletion,
  renderStreamEvents: (answer, context, shape, request) => renderOpenAiStreamEvents(answer, context, shape, request.includeUsage),
  malformedEvent: 'data: {"id": broken\n\n',
  errorEvent: 'data: {"error":{"message":"mock upstream error","type":"server_error","code":"internal_error"}}\n\n',
};
