import type { z } from 'zod';
import { ConfigurationError } from '../errors/configuration-error.js';
import { registryConfigSchema, type RegistryConfigInput } from './registry-config-schema.js';

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), 'config');
}

/** Validates a registry config; the error names the first bad setting by path and says what is wrong. */
export function parseRegistryConfig(input: unknown): RegistryConfigInput {
  const result = registryConfigSchema.safeParse(input);
  if (!result.success) {
    const issue: z.core.$ZodIssue = result.error.issues[0]!;
    throw new ConfigurationError(describePath(issue.path), issue.message);
  }
  const ids = new Set<string>();
  for (const provider of result.data.providers) {
    if (ids.has(provider.id)) throw new ConfigurationError(`config.providers (${provider.id})`, 'provider ids must be unique');
    ids.add(provider.id);
    if (provider.kind === 'azure' && !provider.apiVersion) {
      throw new ConfigurationError(`config.providers (${provider.id}).apiVersion`, 'Azure OpenAI needs an api-version');
    }
  }
  for (const [index, model] of (result.data.models ?? []).entries()) {
    if (!ids.has(model.provider)) {
      throw new ConfigurationError(`config.models[${index}].provider`, `"${model.provider}" is not a configured provider`);
    }
  }
  return result.data;
}
