import type { LogLevel } from '../logger/create-stderr-logger.js';

export interface ModelAdminConfig {
  /** `AIGATEWAY_URL`: where gw-api listens (default `http://127.0.0.1:3000`, gw-api's default). */
  baseURL: string;
  /** `AIGATEWAY_API_KEY`: the `ak_` key used when a tool call gives no `api_key`. */
  apiKey?: string;
  /** `AIGATEWAY_TIMEOUT_MS`: per HTTP request (default 30,000). */
  timeoutMs: number;
  logLevel: LogLevel;
}

export class ModelAdminConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ModelAdminConfigError';
  }
}

const levels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function loadModelAdminConfig(environment: Readonly<Record<string, string | undefined>>): ModelAdminConfig {
  const text = (name: string) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const baseURL = text('AIGATEWAY_URL') ?? 'http://127.0.0.1:3000';
  let parsed: URL;
  try {
    parsed = new URL(baseURL);
  } catch {
    throw new ModelAdminConfigError('AIGATEWAY_URL', `"${baseURL}" is not a URL (expected e.g. http://127.0.0.1:3000)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ModelAdminConfigError('AIGATEWAY_URL', 'must start with http:// or https://');
  const rawTimeout = text('AIGATEWAY_TIMEOUT_MS');
  const timeoutMs = rawTimeout === undefined ? 30_000 : Number(rawTimeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 600_000) {
    throw new ModelAdminConfigError('AIGATEWAY_TIMEOUT_MS', `must be a whole number of milliseconds from 1 to 600000, got "${rawTimeout}"`);
  }
  const level = (text('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!levels.includes(level)) throw new ModelAdminConfigError('LOG_LEVEL', `must be one of ${levels.join(', ')}`);
  const apiKey = text('AIGATEWAY_API_KEY');
  return { baseURL, timeoutMs, logLevel: level, ...(apiKey === undefined ? {} : { apiKey }) };
}
