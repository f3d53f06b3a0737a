import type { ServerResponse } from 'node:http';
import type { CanonicalChunk, StreamResult } from '@gw/providers';
import { toErrorResponse } from '../errors/to-error-response.js';

export interface ChatStreamWrite {
  /** The first chunk, already read (so failures before any output still got a proper HTTP status). */
  first: IteratorResult<CanonicalChunk, void>;
  rest: AsyncIterator<CanonicalChunk, void>;
  headers: Record<string, string>;
  requestId: string;
  /** Adds gw's data to the chunk that carries the `gw` field (the last one). */
  decorate(chunk: CanonicalChunk): CanonicalChunk;
  /** Settles when the stream ends; its `gw` goes out in a final chunk when no chunk carried it. */
  result: Promise<StreamResult>;
  onError(error: unknown): void;
}

/**
 * Writes an OpenAI SSE stream: every chunk as it arrives, then `data: [DONE]`. A failure after the headers went
 * out becomes one `data: {"error": …}` event and the stream ends without `[DONE]`, so clients see it was cut.
 */
export async function writeChatStream(response: ServerResponse, write: ChatStreamWrite): Promise<void> {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    ...write.headers,
  });
  let sentMetadata = false;
  let last: CanonicalChunk | undefined;
  const send = (chunk: CanonicalChunk) => {
    if (chunk.gw) sentMetadata = true;
    last = chunk;
    response.write(`data: ${JSON.stringify(write.decorate(chunk))}\n\n`);
  };
  try {
    if (!write.first.done) send(write.first.value);
    for (let next = write.first.done ? write.first : await write.rest.next(); !next.done; next = await write.rest.next()) {
      if (response.destroyed) return;
      send(next.value);
    }
    if (!sentMetadata) {
      // Upstreams that send no usage chunk: the metadata still reaches the client, in a chunk without choices.
      const { gw } = await write.result;
      send({ id: last?.id ?? 'chatcmpl-gw', object: 'chat.completion.chunk', created: last?.created ?? Math.floor(Date.now() / 1000), model: last?.model ?? gw.upstreamModel, choices: [], gw });
    }
    response.end('data: [DONE]\n\n');
  } catch (error) {
    write.onError(error);
    if (!response.destroyed) response.end(`data: ${JSON.stringify(toErrorResponse(error, write.requestId).body)}\n\n`);
  }
}
