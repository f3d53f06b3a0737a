import { ConfigurationError } from '../errors/configuration-error.js';

const reference = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces `${VAR}` in every string of a parsed JSON config. A missing or empty variable is a start-up
 * error that names the variable and where it was used, never a silently empty key.
 */
export function expandEnvironmentVariables<T>(value: T, environment: Record<string, string | undefined>, path = '$'): T {
  if (typeof value === 'string') {
    return value.replace(reference, (_match, name: string) => {
      const replacement = environment[name];
      if (replacement === undefined || replacement === '') {
        throw new ConfigurationError(name, `environment variable is not set (used by config ${path})`);
      }
      return replacement;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((item, index) => expandEnvironmentVariables(item, environment, `${path}[${index}]`)) as T;
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = expandEnvironmentVariables(item, environment, `${path}.${key}`);
    return result as T;
  }
  return value;
}
