import { ConfigurationError } from '@gw/providers';

export type Environment = Record<string, string | undefined>;

/** A variable's trimmed value; unset and blank are the same (MCP client configs often carry `""`). */
export function readText(environment: Environment, name: string): string | undefined {
  const value = environment[name]?.trim();
  return value ? value : undefined;
}

/** A strict integer in [min, max] (`"12abc"` is an error, not 12); the error names the variable. */
export function readInteger(environment: Environment, name: string, fallback: number, min: number, max: number): number {
  const text = readText(environment, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(name, `must be a whole number from ${min} to ${max} (got "${text.slice(0, 40)}")`);
  }
  return value;
}

const truthy = new Set(['1', 'true', 'yes', 'on']);
const falsy = new Set(['0', 'false', 'no', 'off']);

export function readBoolean(environment: Environment, name: string, fallback: boolean): boolean {
  const text = readText(environment, name);
  if (text === undefined) return fallback;
  const lower = text.toLowerCase();
  if (truthy.has(lower)) return true;
  if (falsy.has(lower)) return false;
  throw new ConfigurationError(name, `must be true or false (got "${text.slice(0, 40)}")`);
}

export function readList(environment: Environment, name: string): string[] {
  return (readText(environment, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
