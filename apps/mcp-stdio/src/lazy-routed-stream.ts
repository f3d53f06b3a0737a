import type { RoutedStream, RoutedStreamResult } from '@gw/router';

/** A routed stream whose router is still loading: iteration and `result` wait for it, so the cold start stays lean. */
export function lazyRoutedStream(opening: Promise<RoutedStream>): RoutedStream {
  const result: Promise<RoutedStreamResult> = opening.then((stream) => stream.result);
  // Nobody may be listening to `result`; a failure still reaches the iterating caller.
  result.catch(() => undefined);
  return {
    result,
    async *[Symbol.asyncIterator]() {
      yield* await opening;
    },
  };
}
