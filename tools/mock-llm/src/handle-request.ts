import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicWireFormat } from './anthropic-wire-format.js';
import { handleChatRequest } from './handle-chat-request.js';
import { handleControlRequest } from './handle-control-request.js';
import { matchRoute } from './match-route.js';
import type { MockState } from './mock-state.js';
import { renderAnthropicModelList, renderOpenAiModelList } from './mock-models.js';
import { openAiWireFormat } from './openai-wire-format.js';
import { parseJsonBody, readRequestBody } from './read-request-body.js';
import { recordRequest } from './record-request.js';
import { sendJson } from './send-json.js';

/** Reads, records and answers one HTTP request. */
export async function handleRequest(request: IncomingMessage, response: ServerResponse, state: MockState): Promise<void> {
  const abort = new AbortController();
  response.once('close', () => abort.abort());
  const url = new URL(request.url ?? '/', 'http://mock-llm.invalid');
  const method = request.method ?? 'GET';
  const route = matchRoute(method, url.pathname);
  const bodyText = await readRequestBody(request);
  const body = parseJsonBody(bodyText);
  if (!url.pathname.startsWith('/__mock/')) state.log.record(recordRequest(request, url, bodyText, body));

  switch (route.kind) {
    case 'openai-chat':
      return handleChatRequest({ request, response, body, signal: abort.signal, deployment: route.deployment }, openAiWireFormat, state);
    case 'anthropic-messages':
      return handleChatRequest({ request, response, body, signal: abort.signal }, anthropicWireFormat, state);
    case 'models':
      return sendJson(response, 200, request.headers['anthropic-version'] === undefined ? renderOpenAiModelList() : renderAnthropicModelList());
    case 'not-found':
      return sendJson(response, 404, {
        error: { message: `No route for ${method} ${url.pathname} on the mock LLM.`, type: 'not_found_error', param: null, code: null },
      });
    default:
      return handleControlRequest(route.kind, response, body, state);
  }
}
