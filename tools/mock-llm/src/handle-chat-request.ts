import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildAnswer } from './build-answer.js';
import { faultHeaders } from './fault-headers.js';
import { isJsonObject } from './json-shapes.js';
import type { MockState } from './mock-state.js';
import type { ParsedBody } from './read-request-body.js';
import { readIntegerDirective, readNumberDirective } from './read-directive.js';
import { sendHalfJson, sendJson } from './send-json.js';
import { splitAnswerForStream } from './split-answer-for-stream.js';
import { waitUnlessClosed } from './wait-unless-closed.js';
import type { WireFormat } from './wire-format.js';
import { writeSseEvents } from './write-sse-events.js';

export interface ChatExchange {
  request: IncomingMessage;
  response: ServerResponse;
  body: ParsedBody;
  /** Aborted when the response closes (the client went away, or the server is closing). */
  signal: AbortSignal;
  /** The deployment of an Azure path. */
  deployment?: string;
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(' ') : value;
}

/** One chat completion or message: validation, directives, faults, then the answer as JSON or SSE. */
export async function handleChatRequest(exchange: ChatExchange, format: WireFormat, state: MockState): Promise<void> {
  const { request, response, body, signal } = exchange;
  const responseNumber = state.nextResponseNumber();
  const requestId = `req_mock_${responseNumber}`;
  const idHeaders = { 'x-request-id': requestId, 'request-id': requestId };

  if (!body.ok) return sendJson(response, 400, format.invalidRequestBody(body.message), idHeaders);
  if (!isJsonObject(body.value)) {
    return sendJson(response, 400, format.invalidRequestBody('The request body must be a JSON object.'), idHeaders);
  }
  const normalized = format.normalize(body.value, exchange.deployment);
  if (!normalized.ok) return sendJson(response, 400, format.invalidRequestBody(normalized.message), idHeaders);
  const chatRequest = normalized.request;

  const directives = state.resolver.resolve(
    { rules: state.rules(), header: headerValue(request, 'x-mock-fault'), messageTexts: chatRequest.messageTexts },
    chatRequest.model,
  );
  for (const wait of ['stall', 'latency']) {
    const milliseconds = readNumberDirective(directives, wait) ?? 0;
    if (!(await waitUnlessClosed(milliseconds, signal))) return;
  }

  const headers = { ...idHeaders, ...faultHeaders(directives, format.name) };
  const status = readIntegerDirective(directives, 'status');
  if (status !== undefined && status >= 400 && status <= 599) {
    return sendJson(response, status, format.statusErrorBody(status, chatRequest.model), headers);
  }

  const answer = buildAnswer(chatRequest, directives);
  const context = {
    id: `${format.idPrefix}${responseNumber}`,
    toolCallId: `${format.toolCallIdPrefix}${responseNumber}`,
    created: Math.floor(Date.now() / 1000),
    model: chatRequest.model,
  };
  if (!chatRequest.stream) {
    const json = format.renderJson(answer, context);
    if (directives.has('cut_after')) return sendHalfJson(response, 200, json, headers);
    return sendJson(response, 200, json, headers);
  }

  const events = format.renderStreamEvents(answer, context, splitAnswerForStream(answer, directives), chatRequest);
  response.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  response.flushHeaders();
  await writeSseEvents(
    response,
    events,
    {
      chunkDelayMs: readNumberDirective(directives, 'chunk_delay') ?? state.chunkDelayMs,
      cutAfter: readIntegerDirective(directives, 'cut_after'),
      malformedAfter: readIntegerDirective(directives, 'malformed_after'),
      errorEventAfter: readIntegerDirective(directives, 'error_event_after'),
      malformedEvent: format.malformedEvent,
      errorEvent: format.errorEvent,
    },
    signal,
  );
}
