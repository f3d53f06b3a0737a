import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ContextStoreSchema } from '../schema/schema.js';

/** The drizzle database, whichever driver is underneath (postgres.js or PGlite). */
export type ContextStoreDrizzle = PgDatabase<PgQueryResultHKT, ContextStoreSchema>;

export interface ContextStoreDatabase {
  readonly kind: 'postgres' | 'pglite';
  readonly db: ContextStoreDrizzle;
  /** Where the data lives, safe to log (no password). */
  readonly target: string;
  close(): Promise<void>;
}
