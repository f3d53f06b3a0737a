import { ConfigurationError } from '../errors/configuration-error.js';

export type Environment = Record<string, string | undefined>;

/** A variable's trimmed value; unset and blank are the same (MCP client configs often carry `""`). */
export function readEnvironmentText(environment: Environment, name: string): string | undefined {
  const value = environment[name]?.trim();
  return value ? value : undefined;
}

export interface NumberVariableOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Words for the error, e.g. "a positive number of seconds". */
  expected: string;
}

/** Parses a numeric variable strictly (`"12abc"` is an error, not 12); the error names the variable. */
export function readEnvironmentNumber(environment: Environment, name: string, options: NumberVariableOptions): number | undefined {
  const text = readEnvironmentText(environment, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  const valid =
    Number.isFinite(value) &&
    (options.integer !== true || Number.isInteger(value)) &&
    (options.min === undefined || value >= options.min) &&
    (options.max === undefined || value <= options.max);
  if (!valid) throw new ConfigurationError(name, `must be ${options.expected} (got "${text.slice(0, 40)}")`);
  return value;
}

const truthy = new Set(['1', 'true', 'yes', 'on']);
const falsy = new Set(['0', 'false', 'no', 'off']);

export function readEnvironmentBoolean(environment: Environment, name: string): boolean | undefined {
  const text = readEnvironmentText(environment, name);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (truthy.has(lower)) return true;
  if (falsy.has(lower)) return false;
  throw new ConfigurationError(name, `must be true or false (got "${text.slice(0, 40)}")`);
}

/**
 * Parses an http(s) URL variable. The value is never echoed: proxy and endpoint URLs may carry credentials.
 */
export function readEnvironmentUrl(environment: Environment, name: string): URL | undefined {
  const text = readEnvironmentText(environment, name);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(name, 'is not a valid URL (expected http://… or https://…)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(name, `must be an http or https URL (got a ${url.protocol.replace(':', '')} URL)`);
  }
  return url;
}
