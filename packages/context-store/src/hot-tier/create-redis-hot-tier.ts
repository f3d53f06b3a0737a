import { Redis } from 'ioredis';
import { redactConnectionStrings } from '../config/redact-connection-string.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError, silentLogger } from '../logger/context-store-logger.js';
import type { HotTier, HotTierWrite, SequencedEntry, SequencedList } from './hot-tier.js';
import { completeMarker, writeSequencedScript } from './redis-scripts.js';

export interface RedisHotTierOptions {
  /** `redis://[:password@]host:port[/db]` (or `rediss://`). */
  readonly url: string;
  /** Prefix of every key (default `gw:`). */
  readonly keyPrefix?: string;
  /** Lifetime of entries written without their own TTL (default one hour). */
  readonly defaultTtlSeconds?: number;
  /** A command that takes longer fails, so a hung Redis never stalls a request (default 1,000 ms). */
  readonly commandTimeoutMs?: number;
  /** How long to wait for the first connection (default 5,000 ms). */
  readonly connectTimeoutMs?: number;
  readonly logger?: ContextStoreLogger;
}

/**
 * The production hot tier over ioredis. Commands fail fast while Redis is down (no offline queue) and the client
 * reconnects in the background, so callers can fall back to the database and recover without a restart.
 */
export async function createRedisHotTier(options: RedisHotTierOptions): Promise<HotTier> {
  const logger = options.logger ?? silentLogger;
  const prefix = options.keyPrefix ?? 'gw:';
  const defaultTtlSeconds = options.defaultTtlSeconds ?? 3_600;
  const target = redactConnectionStrings(options.url);
  const client = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    connectTimeout: options.connectTimeoutMs ?? 5_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let lastState = 'connecting';
  client.on('error', (error: unknown) => {
    if (lastState !== 'error') logger.warn('redis hot tier error', { target, error: describeError(error) });
    lastState = 'error';
  });
  client.on('ready', () => {
    if (lastState === 'error') logger.info('redis hot tier recovered', { target });
    lastState = 'ready';
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new ContextStoreError('HOT_TIER_UNAVAILABLE', `could not connect to Redis at ${target}: ${describeError(error)}`, {
      cause: error,
      details: { target },
    });
  }

  const key = (name: string): string => `${prefix}${name}`;
  const run = async <T>(operation: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw new ContextStoreError('HOT_TIER_UNAVAILABLE', `Redis ${operation} failed: ${describeError(error)}`, {
        cause: error,
        details: { target, operation },
      });
    }
  };
  const sequencedArguments = (entries: readonly SequencedEntry[], maxEntries: number, ttlSeconds: number | undefined, complete: boolean) => [
    String(maxEntries),
    String(ttlSeconds ?? defaultTtlSeconds),
    complete ? '1' : '0',
    ...entries.flatMap((entry) => [String(entry.sequence), `${entry.sequence}:${entry.value}`]),
  ];

  return {
    kind: 'redis',
    get: (name) => run('get', async () => (await client.get(key(name))) ?? undefined),
    getMany: (names) =>
      run('mget', async () => (names.length === 0 ? [] : (await client.mget(names.map(key))).map((value) => value ?? undefined))),
    readSequenced: (name) =>
      run('zrange', async (): Promise<SequencedList> => {
        const members = await client.zrange(key(name), 0, -1);
        let complete = false;
        const entries: SequencedEntry[] = [];
        for (const member of members) {
          if (member === completeMarker) {
            complete = true;
            continue;
          }
          const separator = member.indexOf(':');
          entries.push({ sequence: Number(member.slice(0, separator)), value: member.slice(separator + 1) });
        }
        return { complete, entries };
      }),
    write: (writes) =>
      run('multi', async () => {
        if (writes.length === 0) return;
        const transaction = client.multi();
        for (const write of writes) queueWrite(transaction, write);
        const results = await transaction.exec();
        const failure = results?.find(([error]) => error !== null)?.[0];
        if (results === null) throw new Error('transaction aborted');
        if (failure) throw failure;
      }),
    enqueue: (name, values) =>
      run('rpush', async () => {
        if (values.length > 0) await client.rpush(key(name), ...values);
      }),
    dequeue: (name, count) => run('lpop', async () => (await client.lpop(key(name), count)) ?? []),
    requeue: (name, values) =>
      run('lpush', async () => {
        // LPUSH inserts one by one at the head, so push in reverse to keep the original order.
        if (values.length > 0) await client.lpush(key(name), ...[...values].reverse());
      }),
    queueLength: (name) => run('llen', () => client.llen(key(name))),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };

  function queueWrite(transaction: ReturnType<Redis['multi']>, write: HotTierWrite): void {
    switch (write.type) {
      case 'set':
        transaction.set(key(write.key), write.value, 'EX', write.ttlSeconds ?? defaultTtlSeconds);
        return;
      case 'delete':
        transaction.del(key(write.key));
        return;
      case 'append-sequenced':
      case 'fill-sequenced':
        transaction.eval(
          writeSequencedScript,
          1,
          key(write.key),
          ...sequencedArguments(write.entries, write.maxEntries, write.ttlSeconds, write.type === 'fill-sequenced'),
        );
        return;
    }
  }
}
