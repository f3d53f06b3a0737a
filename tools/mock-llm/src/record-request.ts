import type { IncomingMessage } from 'node:http';
import type { RecordedRequest } from './mock-llm-types.js';
import type { ParsedBody } from './read-request-body.js';

export function recordRequest(request: IncomingMessage, url: URL, bodyText: string, parsedBody: ParsedBody): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: parsedBody.ok ? parsedBody.value : bodyText,
    receivedAt: Date.now(),
  };
}
