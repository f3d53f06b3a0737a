import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// The id becomes the llm_calls primary key and is echoed in a header: keep it short and printable.
const acceptedRequestId = /^[\w.:-]{1,128}$/;

/** The client's `x-request-id` when it is a sane id (1–128 of letters, digits, `.`, `_`, `:`, `-`), else a new UUID. */
export function readRequestId(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && acceptedRequestId.test(value) ? value : randomUUID();
}
