import type { CanonicalChunk, GatewayMetadata } from '@gw/providers';
import { toErrorResponse } from '../errors/to-error-response.js';
import type { StreamEncoder } from './stream-encoder.js';

/**
 * OpenAI SSE: `data: <chunk>` per chunk, then `data: [DONE]`. The `gw` field rides on the chunk that carries it (the
 * usage chunk), or on a final chunk without choices when the upstream sent none. An error is
 * `data: {"error": {…}}` and no `[DONE]`.
 */
export function createOpenAiStreamEncoder(options: { requestId: string; decorate(gw: GatewayMetadata): GatewayMetadata }): StreamEncoder {
  let sentMetadata = false;
  let last: CanonicalChunk | undefined;
  const encode = (chunk: CanonicalChunk) => `data: ${JSON.stringify(chunk)}\n\n`;
  return {
    chunk(chunk) {
      last = chunk;
      if (!chunk.gw) return encode(chunk);
      sentMetadata = true;
      return encode({ ...chunk, gw: options.decorate(chunk.gw) });
    },
    end(gw) {
      const metadata = sentMetadata
        ? ''
        : encode({
            id: last?.id ?? 'chatcmpl-gw',
            object: 'chat.completion.chunk',
            created: last?.created ?? Math.floor(Date.now() / 1000),
            model: last?.model ?? gw.upstreamModel,
            choices: [],
            gw: options.decorate(gw),
          });
      return `${metadata}data: [DONE]\n\n`;
    },
    error(error) {
      return `data: ${JSON.stringify(toErrorResponse(error, options.requestId).body)}\n\n`;
    },
  };
}
