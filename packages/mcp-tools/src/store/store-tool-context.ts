import type { Logger } from '@gw/providers';
import type { StoreLimits, StoreToolsetOptions } from './store-toolset-options.js';

export interface StoreToolContext {
  limits: StoreLimits;
  options: StoreToolsetOptions;
  logger: Logger;
}
