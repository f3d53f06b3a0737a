import { redactConnectionStrings } from '../config/redact-connection-string.js';

/** The logging surface this package writes to; the apps pass their stderr logger. */
export interface ContextStoreLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

const ignore = (): void => undefined;

export const silentLogger: ContextStoreLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };

/** Describes an unknown failure for a log line without its stack or any connection secret. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    // drizzle's DrizzleQueryError puts the SQL and its parameters (user content) in the message; report the cause.
    if (error.message.startsWith('Failed query:')) return error.cause === undefined ? 'query failed' : describeError(error.cause);
    return redactConnectionStrings(`${error.name}: ${error.message}`);
  }
  return redactConnectionStrings(String(error));
}
