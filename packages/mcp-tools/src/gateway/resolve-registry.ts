import type { ProviderRegistry } from '@gw/providers';
import type { RegistrySource } from './gateway-toolset-options.js';

/** Memoises a registry source; a failed creation is retried on the next call rather than cached. */
export function createRegistryResolver(source: RegistrySource): () => Promise<ProviderRegistry> {
  if (typeof source !== 'function') return () => Promise.resolve(source);
  let pending: Promise<ProviderRegistry> | undefined;
  return () => {
    pending ??= Promise.resolve()
      .then(source)
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}
