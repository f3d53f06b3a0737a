import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors/configuration-error.js';
import { expandEnvironmentVariables } from './expand-environment-variables.js';
import type { Environment } from './read-environment-variable.js';

/** Reads the JSON config file named by `GW_CONFIG` and expands `${VAR}` from the environment. Not yet validated. */
export function readRegistryConfigFile(path: string, environment: Environment): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
    throw new ConfigurationError('GW_CONFIG', `cannot read ${path}: ${problem}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError('GW_CONFIG', `${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError('GW_CONFIG', `${path} must hold a JSON object ({ "providers": [...] })`);
  }
  try {
    return expandEnvironmentVariables(parsed as Record<string, unknown>, environment);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(error.setting, `${error.message.slice(error.setting.length + 2)} in GW_CONFIG file ${path}`);
    }
    throw error;
  }
}
