import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError, silentLogger } from '../logger/context-store-logger.js';
import { llmCalls } from '../schema/llm-calls.js';
import type { CallLogRecord, CallLogRow } from './call-log-record.js';
import { toCallLogRow } from './call-log-record.js';
import type { CallLogSpool } from './call-log-spool.js';
import { isDataError } from './classify-database-error.js';

export interface CallLogWriterOptions {
  readonly database: ContextStoreDatabase;
  /** Where rows wait during a database outage, tried in order (e.g. Redis, then a local file). */
  readonly spools?: readonly CallLogSpool[];
  readonly logger?: ContextStoreLogger;
  /** Rows per INSERT (default 200, at most 1,000). */
  readonly batchSize?: number;
  /** Longest a row waits in memory before a flush (default 1,000 ms). */
  readonly flushIntervalMs?: number;
  /** Rows kept in memory; beyond this the oldest go to the spool, or are dropped without one (default 10,000). */
  readonly maxBufferedRows?: number;
  /** How often to probe the database during an outage (default 1,000 ms). */
  readonly retryIntervalMs?: number;
  /** How often to look for rows spooled by another process even when this one spooled nothing (default 30 s). */
  readonly spoolCheckIntervalMs?: number;
  /** INSERTs in flight at once (default 4 on PostgreSQL, 1 on PGlite, which has a single connection). */
  readonly concurrency?: number;
  /** An INSERT taking longer counts as an outage, so a hung connection cannot stall logging (default 10 s). */
  readonly insertTimeoutMs?: number;
}

export interface CallLogWriterStats {
  readonly buffered: number;
  readonly written: number;
  /** Rows the database accepted (a duplicate request id counts, and is stored once). */
  readonly inserted: number;
  readonly spooled: number;
  readonly replayed: number;
  /** Rows the database refused as invalid (logged, never retried). */
  readonly rejected: number;
  /** Rows lost because memory was full and no spool took them (logged). */
  readonly dropped: number;
  readonly databaseAvailable: boolean;
}

export interface CallLogWriter {
  /** Queues a record; returns at once (off the request path). Throws only for an invalid record or after `close`. */
  write(record: CallLogRecord): void;
  /** Writes everything buffered and, when the database is up, replays the spools. */
  flush(): Promise<void>;
  /** Flushes and stops; rows the database cannot take now stay in the spool for the next start. */
  close(): Promise<CallLogWriterStats>;
  stats(): CallLogWriterStats;
}

/** Batched, idempotent (`ON CONFLICT (request_id) DO NOTHING`) call logging that survives a database outage. */
export function createCallLogWriter(options: CallLogWriterOptions): CallLogWriter {
  const logger = options.logger ?? silentLogger;
  const spools = options.spools ?? [];
  const batchSize = Math.min(options.batchSize ?? 200, 1_000);
  const flushIntervalMs = options.flushIntervalMs ?? 1_000;
  const maxBufferedRows = Math.max(options.maxBufferedRows ?? 10_000, batchSize);
  const retryIntervalMs = options.retryIntervalMs ?? 1_000;
  const spoolCheckIntervalMs = options.spoolCheckIntervalMs ?? 30_000;
  const insertTimeoutMs = options.insertTimeoutMs ?? 10_000;
  const concurrency = Math.max(1, options.concurrency ?? (options.database.kind === 'postgres' ? 4 : 1));
  const db = options.database.db;

  let buffer: CallLogRow[] = [];
  let closed = false;
  let databaseAvailable = true;
  let lastFailureAt = 0;
  // Rows spooled by an earlier run may be waiting, so look once at start.
  let spoolMayHaveRows = spools.length > 0;
  let lastSpoolCheckAt = 0;
  let draining: Promise<void> | undefined;
  const spills = new Set<Promise<void>>();
  const counts = { written: 0, inserted: 0, spooled: 0, replayed: 0, rejected: 0, dropped: 0 };

  const timer = setInterval(() => void flush().catch(() => undefined), flushIntervalMs);
  timer.unref();

  const mayProbe = (): boolean => databaseAvailable || Date.now() - lastFailureAt >= retryIntervalMs;

  const markUnavailable = (error: unknown): void => {
    if (databaseAvailable) logger.warn('call log database unavailable, spooling', { error: describeError(error) });
    databaseAvailable = false;
    lastFailureAt = Date.now();
  };

  const markAvailable = (): void => {
    if (!databaseAvailable) logger.info('call log database available again');
    databaseAvailable = true;
  };

  // A timed-out INSERT may still commit later; the spooled copy is then ignored on replay (same request id).
  const insert = async (rows: readonly CallLogRow[]): Promise<void> => {
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => reject(new Error(`call log insert timed out after ${insertTimeoutMs} ms`)), insertTimeoutMs);
    });
    try {
      await Promise.race([
        db
          .insert(llmCalls)
          .values(rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })))
          .onConflictDoNothing({ target: llmCalls.requestId }),
        timedOut,
      ]);
    } finally {
      clearTimeout(timeout);
    }
  };

  /** Inserts rows; a data error falls back to one row at a time so only the bad rows are refused. Throws on an outage. */
  const insertRows = async (rows: readonly CallLogRow[]): Promise<void> => {
    try {
      await insert(rows);
      counts.inserted += rows.length;
      return;
    } catch (error) {
      if (!isDataError(error)) throw error;
    }
    for (const row of rows) {
      try {
        await insert([row]);
        counts.inserted += 1;
      } catch (error) {
        if (!isDataError(error)) throw error;
        counts.rejected += 1;
        logger.error('call log row refused by the database', { requestId: row.requestId, error: describeError(error) });
      }
    }
  };

  const spoolRows = async (rows: readonly CallLogRow[]): Promise<boolean> => {
    const serialised = rows.map((row) => JSON.stringify(row));
    for (const spool of spools) {
      try {
        await spool.append(serialised);
        counts.spooled += rows.length;
        spoolMayHaveRows = true;
        return true;
      } catch (error) {
        logger.warn('call log spool unavailable', { spool: spool.name, error: describeError(error) });
      }
    }
    return false;
  };

  const keepInMemory = (rows: readonly CallLogRow[]): void => {
    buffer = [...rows, ...buffer];
    const excess = buffer.length - maxBufferedRows;
    if (excess > 0) {
      buffer = buffer.slice(excess);
      counts.dropped += excess;
      logger.error('call log rows dropped: database and spools unavailable and memory full', { dropped: excess });
    }
  };

  const replaySpools = async (): Promise<void> => {
    lastSpoolCheckAt = Date.now();
    let sawRows = false;
    for (const spool of spools) {
      for (;;) {
        let taken: string[];
        try {
          taken = await spool.take(batchSize);
        } catch (error) {
          logger.warn('call log spool unreadable', { spool: spool.name, error: describeError(error) });
          sawRows = true;
          break;
        }
        if (taken.length === 0) break;
        sawRows = true;
        try {
          await insertRows(taken.map((line) => JSON.parse(line) as CallLogRow));
          counts.replayed += taken.length;
          markAvailable();
        } catch (error) {
          markUnavailable(error);
          try {
            await spool.putBack(taken);
          } catch (putBackError) {
            logger.warn('call log spool refused rows back, keeping them in memory', { spool: spool.name, error: describeError(putBackError) });
            keepInMemory(taken.map((line) => JSON.parse(line) as CallLogRow));
          }
          spoolMayHaveRows = true;
          return;
        }
      }
    }
    spoolMayHaveRows = sawRows && !databaseAvailable;
  };

  const writeBatch = async (batch: readonly CallLogRow[]): Promise<boolean> => {
    if (mayProbe()) {
      try {
        await insertRows(batch);
        markAvailable();
        return true;
      } catch (error) {
        markUnavailable(error);
      }
    }
    if (await spoolRows(batch)) return true;
    keepInMemory(batch);
    return false;
  };

  const drainOnce = async (): Promise<void> => {
    while (buffer.length > 0) {
      // Several INSERTs at once when the database is healthy (a pool); one at a time while probing an outage.
      const parallel = databaseAvailable ? concurrency : 1;
      const batches: CallLogRow[][] = [];
      while (batches.length < parallel && buffer.length > 0) batches.push(buffer.splice(0, batchSize));
      const written = await Promise.all(batches.map(writeBatch));
      if (written.includes(false)) break;
    }
    const spoolDue = spoolMayHaveRows || Date.now() - lastSpoolCheckAt >= spoolCheckIntervalMs;
    if (spools.length > 0 && spoolDue && mayProbe()) await replaySpools();
  };

  function flush(): Promise<void> {
    if (draining === undefined) {
      draining = (async () => {
        try {
          await Promise.all([...spills]);
          await drainOnce();
        } finally {
          draining = undefined;
        }
      })();
    }
    return draining;
  }

  const spillOverflow = (): void => {
    const overflow = buffer.splice(0, buffer.length - maxBufferedRows + batchSize);
    const spill = spoolRows(overflow).then((spooled) => {
      if (!spooled) keepInMemory(overflow);
    });
    spills.add(spill);
    void spill.finally(() => spills.delete(spill));
  };

  const stats = (): CallLogWriterStats => ({ buffered: buffer.length, ...counts, databaseAvailable });

  return {
    write(record) {
      if (closed) throw new ContextStoreError('CALL_LOG_CLOSED', 'the call log writer is closed', { details: { requestId: record.requestId } });
      buffer.push(toCallLogRow(record));
      counts.written += 1;
      if (buffer.length > maxBufferedRows) spillOverflow();
      if (buffer.length >= batchSize && draining === undefined) void flush().catch(() => undefined);
    },

    async flush() {
      // A drain may have started before the latest writes; run until nothing new is left.
      do {
        await flush();
      } while (buffer.length > 0 && (databaseAvailable || spools.length > 0) && mayProbe());
    },

    async close() {
      closed = true;
      clearInterval(timer);
      await this.flush();
      if (buffer.length > 0) {
        counts.dropped += buffer.length;
        logger.error('call log rows lost at shutdown: database and spools unavailable', { dropped: buffer.length });
        buffer = [];
      }
      return stats();
    },

    stats,
  };
}
