import { z } from 'zod';
import { parseWithSchema } from '../errors/parse-with-schema.js';
import { ownerIdPattern } from '../mappings/alias-format.js';
import type { Role } from './principal.js';

export interface CreateKeyInput {
  role?: Role;
  /** Whose key it is; a new owner id is made when absent. Several keys may share one owner (and its aliases). */
  ownerId?: string;
  name?: string;
}

const createKeySchema = z.strictObject({
  role: z.enum(['admin', 'user']).optional(),
  owner_id: z.string().regex(ownerIdPattern, 'letters, digits, ".", "_", ":", "@" or "-", at most 128').optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

/** Body of `POST /api/v1/keys`. */
export function parseCreateKeyInput(body: unknown): CreateKeyInput {
  const parsed = parseWithSchema(createKeySchema, body, 'key');
  return {
    ...(parsed.role === undefined ? {} : { role: parsed.role }),
    ...(parsed.owner_id === undefined ? {} : { ownerId: parsed.owner_id }),
    ...(parsed.name === undefined ? {} : { name: parsed.name }),
  };
}

export interface ListKeysOptions {
  ownerId?: string;
}

const listKeysSchema = z.object({ owner_id: z.string().regex(ownerIdPattern, 'a valid owner id').optional() });

export function parseListKeysOptions(query: unknown): ListKeysOptions {
  const parsed = parseWithSchema(listKeysSchema, query, 'query');
  return parsed.owner_id === undefined ? {} : { ownerId: parsed.owner_id };
}
