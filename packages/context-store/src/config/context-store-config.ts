export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number }
  | { readonly kind: 'pglite'; readonly dataDir?: string };

export type HotTierConfig = { readonly kind: 'redis'; readonly url: string } | { readonly kind: 'memory' };

export interface ContextStoreConfig {
  readonly database: DatabaseConfig;
  readonly hotTier: HotTierConfig;
  /** Every Redis key starts with this (default `gw:`). */
  readonly keyPrefix: string;
  /** Lifetime of hot-tier entries (summaries, recent messages, TODO lists). */
  readonly hotTierTtlSeconds: number;
  /** `GW_DATA_DIR`: where PGlite keeps its files and the call log spools when there is no Redis. */
  readonly dataDir?: string;
}
