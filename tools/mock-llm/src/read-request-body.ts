import type { IncomingMessage } from 'node:http';

export async function readRequestBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonBody(text: string): ParsedBody {
  if (text.trim() === '') return { ok: false, message: 'The request body is empty; send a JSON object.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `The request body is not valid JSON (${(error as Error).message}).` };
  }
}
