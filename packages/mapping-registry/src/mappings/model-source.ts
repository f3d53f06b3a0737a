import type { ProviderRegistry } from '@gw/providers';

/** What the registry needs from the provider registry: the operator's catalog and model resolution. */
export type ModelSource = Pick<ProviderRegistry, 'resolveModel' | 'catalog'>;
