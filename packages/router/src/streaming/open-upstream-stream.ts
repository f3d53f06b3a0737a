import type { CanonicalChunk, CanonicalRequest, CatalogModel, ChatStream, ProviderRegistry, CallOptions } from '@gw/providers';

/** An upstream stream that has produced its first token (or ended), with the chunks read so far. */
export interface OpenedStream {
  readonly upstream: ChatStream;
  readonly iterator: AsyncIterator<CanonicalChunk>;
  readonly buffered: readonly CanonicalChunk[];
  readonly ended: boolean;
}

function carriesOutput(chunk: CanonicalChunk): boolean {
  if (chunk.gw) return true;
  for (const choice of chunk.choices) {
    const delta = choice.delta;
    if (choice.finish_reason) return true;
    if (delta.content || delta.refusal || (delta.tool_calls && delta.tool_calls.length > 0)) return true;
  }
  return false;
}

/**
 * Opens a stream and reads until the first chunk that carries output. Role-only chunks are held
 * back, so a stream that breaks before its first token has delivered nothing and can still fall back.
 */
export async function openUpstreamStream(registry: ProviderRegistry, request: CanonicalRequest, deployment: CatalogModel, options: CallOptions): Promise<OpenedStream> {
  const upstream = registry.stream({ ...request, model: deployment.id, stream: true }, options);
  const iterator = upstream[Symbol.asyncIterator]();
  const buffered: CanonicalChunk[] = [];
  while (true) {
    const next = await iterator.next();
    if (next.done) return { upstream, iterator, buffered, ended: true };
    buffered.push(next.value);
    if (carriesOutput(next.value)) return { upstream, iterator, buffered, ended: false };
  }
}
