import type { Directives } from './parse-directive-group.js';

/** A non-negative number directive, or undefined when absent or not a number. */
export function readNumberDirective(directives: Directives, key: string): number | undefined {
  const value = directives.get(key);
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

export function hasDirective(directives: Directives, key: string): boolean {
  return directives.has(key);
}

/** A non-negative whole-number directive (fractions round down). */
export function readIntegerDirective(directives: Directives, key: string): number | undefined {
  const number = readNumberDirective(directives, key);
  return number === undefined ? undefined : Math.floor(number);
}
