import type { z } from 'zod';
import { MappingRegistryError } from './mapping-registry-error.js';

/** Validates an HTTP body or query with zod; a failure is a 400 naming the field and what it must be. */
export function parseWithSchema<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 3).map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : what;
    return `${field}: ${issue.message}`;
  });
  throw new MappingRegistryError('invalid_request', `Invalid ${what}: ${messages.join('; ')}.`);
}
