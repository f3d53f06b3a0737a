import { createProviderRegistry, type Logger, type ProviderRegistry, type RegistryConfigInput } from '@gw/providers';
import { createRouter, type Router, type RouterSettings } from '@gw/router';

export interface Gateway {
  registry: ProviderRegistry;
  router: Router;
}

/**
 * Loaded with `import()` on the first tool call: the HTTP client, the adapters and the router stay out of the
 * cold start (the bundle puts this module and what only it needs in a separate chunk).
 */
export function createGateway(config: RegistryConfigInput, routerSettings: RouterSettings, logger: Logger): Gateway {
  const registry = createProviderRegistry({ ...config, logger });
  return { registry, router: createRouter({ registry, ...routerSettings, logger }) };
}
