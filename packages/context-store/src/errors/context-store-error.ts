import { redactConnectionStrings } from '../config/redact-connection-string.js';

export type ContextStoreErrorCode =
  | 'CONFIG_INVALID'
  | 'DATABASE_UNAVAILABLE'
  | 'MIGRATION_FAILED'
  | 'HOT_TIER_UNAVAILABLE'
  | 'CONVERSATION_NOT_FOUND'
  | 'TODO_LIST_NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'INVALID_ARGUMENT'
  | 'CALL_LOG_CLOSED'
  | 'CALL_LOG_OVERFLOW'
  | 'SUMMARISER_FAILED';

export interface ContextStoreErrorOptions {
  readonly cause?: unknown;
  readonly details?: Readonly<Record<string, unknown>>;
}

const brand = Symbol.for('gw.context-store.error');

/** Every failure this package throws. The message never carries a password (connection strings are redacted). */
export class ContextStoreError extends Error {
  override readonly name = 'ContextStoreError';
  readonly code: ContextStoreErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  readonly [brand] = true;

  constructor(code: ContextStoreErrorCode, message: string, options: ContextStoreErrorOptions = {}) {
    super(redactConnectionStrings(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }

  /** Works across copies of this package (a duplicated install has a different class identity). */
  static isInstance(value: unknown): value is ContextStoreError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
  }
}
