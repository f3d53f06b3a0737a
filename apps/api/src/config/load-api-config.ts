import { ConfigurationError } from '@gw/providers';
import type { LogLevel } from '../logger/create-stderr-logger.js';

export interface ApiConfig {
  host: string;
  port: number;
  /** `GW_ADMIN_KEY`: stored (hashed) as an admin key at start. */
  adminKey?: string;
  logLevel: LogLevel;
  bodyLimitBytes: number;
}

type Environment = Readonly<Record<string, string | undefined>>;

const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** `API_HOST` (default 127.0.0.1), `API_PORT` (default 3000; 0 picks a free port), `GW_ADMIN_KEY`, `LOG_LEVEL`, `API_BODY_LIMIT_BYTES`. */
export function loadApiConfig(environment: Environment): ApiConfig {
  const text = (name: string) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new ConfigurationError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  const level = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!logLevels.includes(level as LogLevel)) throw new ConfigurationError('LOG_LEVEL', `must be one of ${logLevels.join(', ')}`);
  const adminKey = text('GW_ADMIN_KEY');
  return {
    host: text('API_HOST') ?? '127.0.0.1',
    port: integer('API_PORT', 3000, 0, 65_535),
    logLevel: level as LogLevel,
    bodyLimitBytes: integer('API_BODY_LIMIT_BYTES', 10 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    ...(adminKey === undefined ? {} : { adminKey }),
  };
}
