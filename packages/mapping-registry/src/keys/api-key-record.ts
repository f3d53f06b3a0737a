import type { Role } from './principal.js';

/** A stored key, without its hash. */
export interface ApiKeyRecord {
  id: string;
  keyPrefix: string;
  name: string | null;
  role: Role;
  ownerId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** What creation returns: the record and the key itself, shown this once. */
export interface CreatedApiKey {
  key: string;
  record: ApiKeyRecord;
}

/** The REST shape of a key (snake_case, as the source API spoke). */
export function toApiKeyJson(record: ApiKeyRecord): Record<string, unknown> {
  return {
    id: record.id,
    key_prefix: record.keyPrefix,
    name: record.name,
    role: record.role,
    owner_id: record.ownerId,
    created_at: record.createdAt.toISOString(),
    last_used_at: record.lastUsedAt?.toISOString() ?? null,
    revoked_at: record.revokedAt?.toISOString() ?? null,
  };
}
