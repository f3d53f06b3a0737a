import type { Logger } from '@gw/providers';
import type { Redis } from 'ioredis';
import type { Sql } from 'postgres';

/** A client, or a function that makes it on first use (so building the toolset opens no connection). */
export type ClientSource<Client> = Client | (() => Client);

export interface StoreToolsetOptions {
  /** Offers redis_get / redis_set / redis_del, confined to `redisPrefix`. */
  redis?: ClientSource<Redis>;
  /** Every key the tools touch is this prefix plus the caller's key (default `gw:kv:`). */
  redisPrefix?: string;
  /** TTL of redis_set when the caller gives none, and the bounds a caller's TTL must stay in (seconds). */
  redisDefaultTtlSeconds?: number;
  redisMaxTtlSeconds?: number;
  /** Largest JSON value redis_set stores, in bytes (default 1 MiB). */
  redisMaxValueBytes?: number;
  /**
   * Offers db_query: a connection that logs in as a restricted role (see `setupQueryRole`). db_query refuses to
   * run when that role is a superuser or can read server files, signal backends or create roles.
   */
  queryDatabase?: ClientSource<Sql>;
  /** Offers db_insert / db_update on `writeTables` (the application's connection). */
  database?: ClientSource<Sql>;
  /** Tables db_insert / db_update may touch: `table` (schema public) or `schema.table`. */
  writeTables?: readonly string[];
  /** statement_timeout of every db_* statement, in ms (default 5000). */
  statementTimeoutMs?: number;
  /** Most rows db_query returns (default 500); one more is fetched to tell the caller the result was cut. */
  rowLimit?: number;
  logger?: Logger;
}

export interface StoreLimits {
  redisPrefix: string;
  redisDefaultTtlSeconds: number;
  redisMaxTtlSeconds: number;
  redisMaxValueBytes: number;
  statementTimeoutMs: number;
  rowLimit: number;
}

export const redisMinTtlSeconds = 1;

export function storeLimitsOf(options: StoreToolsetOptions): StoreLimits {
  return {
    redisPrefix: options.redisPrefix ?? 'gw:kv:',
    redisDefaultTtlSeconds: options.redisDefaultTtlSeconds ?? 3600,
    redisMaxTtlSeconds: options.redisMaxTtlSeconds ?? 7 * 24 * 3600,
    redisMaxValueBytes: options.redisMaxValueBytes ?? 1024 * 1024,
    statementTimeoutMs: options.statementTimeoutMs ?? 5000,
    rowLimit: options.rowLimit ?? 500,
  };
}

/** A postgres.js `Sql` is itself a function (a tagged template), so a factory is a function without `unsafe`. */
function isFactory<Client>(source: ClientSource<Client>): source is () => Client {
  return typeof source === 'function' && !('unsafe' in source);
}

export function resolveClient<Client>(source: ClientSource<Client>): () => Client {
  let client: Client | undefined;
  return () => {
    client ??= isFactory(source) ? source() : source;
    return client;
  };
}
