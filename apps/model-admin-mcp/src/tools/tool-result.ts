import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** A successful tool call: the JSON as `structuredContent` and, for clients that read text, the same JSON as text. */
export function toolSuccess(structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(structured, null, 2) }], structuredContent: structured };
}

/** A failed call as an `isError` result (never a thrown protocol error), with the HTTP status and the server's message. */
export function toolFailure(error: unknown): CallToolResult {
  const details = error as { status?: unknown; code?: unknown };
  const status = typeof details.status === 'number' ? details.status : 500;
  const code = typeof details.code === 'string' ? details.code : 'internal_error';
  const message = error instanceof Error ? error.message : String(error);
  return {
    isError: true,
    content: [{ type: 'text', text: `HTTP ${status} (${code}): ${message}` }],
    structuredContent: { error: { status, code, message } },
  };
}

/** Tool failures that never reached the server (no key, bad arguments). */
export function toolInputFailure(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }], structuredContent: { error: { status: 400, code: 'invalid_arguments', message } } };
}
