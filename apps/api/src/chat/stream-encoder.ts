import type { CanonicalChunk, GatewayMetadata } from '@gw/providers';

/** How one client format writes a routed stream: each chunk, the clean end, and a terminal error. */
export interface StreamEncoder {
  /** Bytes for one upstream chunk ('' to write nothing). */
  chunk(chunk: CanonicalChunk): string;
  /** Bytes after the last chunk; `gw` is the stream's final metadata. */
  end(gw: GatewayMetadata): string;
  /** The terminal event for a failure after the headers went out (the stream then ends without its normal end). */
  error(error: unknown): string;
}
