import type { ServerResponse } from 'node:http';
import type { CallStatus } from '@gw/context-store';
import type { CanonicalChunk, GatewayMetadata } from '@gw/providers';
import type { StreamEncoder } from './stream-encoder.js';

export interface PipedStream extends AsyncIterable<CanonicalChunk> {
  readonly result: Promise<{ gw: GatewayMetadata }>;
}

export interface PipeChatStreamOptions {
  stream: PipedStream;
  headers: Record<string, string>;
  encoder: StreamEncoder;
  /** Aborted when the client goes away (and with it the upstream call). */
  signal: AbortSignal;
}

export interface StreamOutcome {
  status: CallStatus;
  gw?: GatewayMetadata;
  error?: unknown;
  errorCode?: string;
}

function writeWithBackpressure(response: ServerResponse, text: string): Promise<void> | undefined {
  if (text === '' || response.write(text)) return undefined;
  // A slow client: wait for it rather than buffering the whole answer in memory.
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/**
 * Writes a routed stream as server-sent events: the headers at once (before the upstream answers), every chunk as
 * it arrives, then the encoder's end. A failure after the headers becomes the encoder's terminal error event and the
 * normal end is never written, so clients see the answer was cut. A client that goes away aborts the upstream call.
 */
export async function pipeChatStream(response: ServerResponse, options: PipeChatStreamOptions): Promise<StreamOutcome> {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    ...options.headers,
  });
  response.flushHeaders();
  let delivered = 0;
  const failedStatus = (): CallStatus => (delivered > 0 ? 'partial' : 'error');
  try {
    for await (const chunk of options.stream) {
      if (options.signal.aborted) break;
      delivered++;
      await writeWithBackpressure(response, options.encoder.chunk(chunk));
    }
    if (options.signal.aborted) return { status: failedStatus(), errorCode: 'client_closed' };
    const { gw } = await options.stream.result;
    response.end(options.encoder.end(gw));
    return { status: 'success', gw };
  } catch (error) {
    if (options.signal.aborted) return { status: failedStatus(), error, errorCode: 'client_closed' };
    if (!response.destroyed) response.end(options.encoder.error(error));
    return { status: failedStatus(), error };
  }
}
