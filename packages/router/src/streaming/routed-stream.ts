import type { CanonicalChunk, GatewayMetadata } from '@gw/providers';

export interface RoutedStreamResult {
  /** The serving deployment's metadata with the routing trace in `routing`. */
  readonly gw: GatewayMetadata;
  readonly finishReason: string | null;
}

/** A routed stream: iterate it for canonical chunks; `result` settles when it ends (or fails). */
export interface RoutedStream extends AsyncIterable<CanonicalChunk> {
  readonly result: Promise<RoutedStreamResult>;
}
