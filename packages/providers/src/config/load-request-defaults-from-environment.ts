import { readEnvironmentNumber, type Environment } from './read-environment-variable.js';

/** Request parameters applied when a call gives none (mcp-ai-gateway's `DEFAULT_TEMPERATURE`, `DEFAULT_MAX_TOKENS`). */
export interface RequestDefaults {
  temperature?: number;
  maxTokens?: number;
}

export function loadRequestDefaultsFromEnvironment(environment: Environment): RequestDefaults {
  const temperature = readEnvironmentNumber(environment, 'DEFAULT_TEMPERATURE', { min: 0, max: 2, expected: 'a number from 0 to 2' });
  const maxTokens = readEnvironmentNumber(environment, 'DEFAULT_MAX_TOKENS', { min: 1, integer: true, expected: 'a whole number of tokens ≥ 1' });
  return { ...(temperature === undefined ? {} : { temperature }), ...(maxTokens === undefined ? {} : { maxTokens }) };
}
