import { STATUS_CODES } from 'node:http';
import type { ServerResponse } from 'node:http';

/** Node has no reason phrase for some provider codes (Anthropic's 529). */
function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? (status === 529 ? 'Overloaded' : 'Mock Status');
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, reasonPhrase(status), { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Announces the whole body, writes half of it, then destroys the socket: a response cut mid-body. */
export function sendHalfJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  response.writeHead(status, reasonPhrase(status), { ...headers, 'content-type': 'application/json', 'content-length': bytes.length });
  response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
}
