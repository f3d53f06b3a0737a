import type { ContextStoreDatabase } from '../database/context-store-database.js';
import type { HotTier } from '../hot-tier/hot-tier.js';
import { databaseTargets } from './database-targets.test-helper.js';
import { hotTierTargets } from './hot-tier-targets.test-helper.js';

export interface StoreTarget {
  readonly name: string;
  readonly skip: boolean;
  openDatabase(): Promise<ContextStoreDatabase>;
  openHotTier(): Promise<HotTier>;
}

/** Every hot tier crossed with every database: the contract suites run once per pair. */
export async function storeTargets(): Promise<StoreTarget[]> {
  const [databases, hotTiers] = await Promise.all([databaseTargets(), hotTierTargets()]);
  return hotTiers.flatMap((hotTier) =>
    databases.map((database) => ({
      name: `${hotTier.name} + ${database.name}`,
      skip: hotTier.skip || database.skip,
      openDatabase: () => database.open(),
      openHotTier: () => hotTier.open(),
    })),
  );
}
