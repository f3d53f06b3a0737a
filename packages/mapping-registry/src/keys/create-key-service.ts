import { randomBytes } from 'node:crypto';
import type { ContextStoreDrizzle } from '@gw/context-store';
import type { Logger } from '@gw/providers';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { RegistryCache } from '../cache/registry-cache.js';
import { MappingRegistryError } from '../errors/mapping-registry-error.js';
import { apiKeys } from '../schema/api-keys.js';
import { generateApiKey, hashApiKey, isApiKeyFormat, visibleKeyPrefix } from './api-key-format.js';
import type { ApiKeyRecord, CreatedApiKey } from './api-key-record.js';
import type { CreateKeyInput, ListKeysOptions } from './key-input.js';
import type { Principal } from './principal.js';

export interface KeyService {
  /** Stores the hash of `GW_ADMIN_KEY` as an admin key unless it is there already (a revoked one stays revoked). */
  bootstrapAdminKey(key: string, options?: { ownerId?: string }): Promise<{ created: boolean }>;
  /** The principal of a key; 401 when it is missing, malformed, unknown or revoked. */
  authenticate(key: string | undefined): Promise<Principal>;
  createKey(actor: Principal, input: CreateKeyInput): Promise<CreatedApiKey>;
  listKeys(actor: Principal, options?: ListKeysOptions): Promise<ApiKeyRecord[]>;
  revokeKey(actor: Principal, id: string): Promise<ApiKeyRecord>;
}

export interface KeyServiceOptions {
  db: ContextStoreDrizzle;
  cache: RegistryCache;
  logger: Logger;
  /** How long a valid key's principal stays cached (default 300 s); revocation replaces it at once. */
  keyTtlSeconds?: number;
  /** How often `last_used_at` is written per key, at most (default 60 s). */
  lastUsedIntervalMs?: number;
}

const revoked = '!revoked';
// Longer than any valid entry lives, so a slow reader's fill can never land after the tombstone expires.
const revokedTtlSeconds = 24 * 60 * 60;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const missingKeyMessage = 'Missing API key: send "X-API-Key: ak_…" or "Authorization: Bearer ak_…".';

function requireAdmin(actor: Principal, what: string): void {
  if (actor.role !== 'admin') throw new MappingRegistryError('forbidden', `Only an admin key may ${what}; this key has the role "user".`);
}

function toRecord(row: typeof apiKeys.$inferSelect): ApiKeyRecord {
  return {
    id: row.id,
    keyPrefix: row.keyPrefix,
    name: row.name,
    role: row.role,
    ownerId: row.ownerId,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export function createKeyService(options: KeyServiceOptions): KeyService {
  const { db, cache, logger } = options;
  const keyTtlSeconds = options.keyTtlSeconds ?? 300;
  const lastUsedIntervalMs = options.lastUsedIntervalMs ?? 60_000;
  const lastUsedWrites = new Map<string, number>();
  const cacheKey = (hash: string): string => `key:${hash}`;

  const touch = (keyId: string): void => {
    const now = Date.now();
    if (now - (lastUsedWrites.get(keyId) ?? 0) < lastUsedIntervalMs) return;
    lastUsedWrites.set(keyId, now);
    if (lastUsedWrites.size > 10_000) lastUsedWrites.delete(lastUsedWrites.keys().next().value as string);
    db.update(apiKeys)
      .set({ lastUsedAt: new Date(now) })
      .where(eq(apiKeys.id, keyId))
      .catch((error: unknown) => logger.warn('could not record key use', { keyId, error: String(error) }));
  };

  const readCache = async (hash: string): Promise<string | undefined> => {
    try {
      return (await cache.getMany([cacheKey(hash)]))[0];
    } catch (error) {
      logger.warn('registry cache unavailable; reading keys from the database', { error: String(error) });
      return undefined;
    }
  };

  const fillCache = (hash: string, value: string, ttlSeconds: number): void => {
    cache.setIfAbsent(cacheKey(hash), value, ttlSeconds).catch(() => undefined);
  };

  return {
    async bootstrapAdminKey(key, bootstrapOptions = {}) {
      if (!isApiKeyFormat(key)) {
        throw new MappingRegistryError(
          'configuration_error',
          'GW_ADMIN_KEY must be "ak_" followed by 32 to 128 letters or digits (for example: node -e "console.log(\'ak_\'+require(\'crypto\').randomBytes(30).toString(\'base64url\').replace(/[-_]/g,\'\'))").',
        );
      }
      const inserted = await db
        .insert(apiKeys)
        .values({ keyHash: hashApiKey(key), keyPrefix: visibleKeyPrefix(key), name: 'GW_ADMIN_KEY', role: 'admin', ownerId: bootstrapOptions.ownerId ?? 'admin' })
        .onConflictDoNothing({ target: apiKeys.keyHash })
        .returning({ id: apiKeys.id });
      return { created: inserted.length > 0 };
    },

    async authenticate(key) {
      if (key === undefined || key === '') throw new MappingRegistryError('unauthorized', missingKeyMessage);
      if (!isApiKeyFormat(key)) throw new MappingRegistryError('unauthorized', 'Malformed API key: gw keys are "ak_" followed by at least 32 letters or digits.');
      const hash = hashApiKey(key);
      const cached = await readCache(hash);
      if (cached === revoked) throw new MappingRegistryError('unauthorized', 'This API key has been revoked; ask an admin for a new one.');
      if (cached !== undefined) {
        const principal = JSON.parse(cached) as Principal;
        touch(principal.keyId);
        return principal;
      }
      const [row] = await db
        .select({ id: apiKeys.id, ownerId: apiKeys.ownerId, role: apiKeys.role, revokedAt: apiKeys.revokedAt })
        .from(apiKeys)
        .where(eq(apiKeys.keyHash, hash))
        .limit(1);
      if (!row) throw new MappingRegistryError('unauthorized', 'Unknown API key: check it was copied whole, or ask an admin to create one.');
      if (row.revokedAt !== null) {
        fillCache(hash, revoked, revokedTtlSeconds);
        throw new MappingRegistryError('unauthorized', 'This API key has been revoked; ask an admin for a new one.');
      }
      const principal: Principal = { keyId: row.id, ownerId: row.ownerId, role: row.role };
      fillCache(hash, JSON.stringify(principal), keyTtlSeconds);
      touch(row.id);
      return principal;
    },

    async createKey(actor, input) {
      requireAdmin(actor, 'create keys');
      const key = generateApiKey();
      const ownerId = input.ownerId ?? `user_${randomBytes(9).toString('base64url')}`;
      const [row] = await db
        .insert(apiKeys)
        .values({ keyHash: hashApiKey(key), keyPrefix: visibleKeyPrefix(key), name: input.name ?? null, role: input.role ?? 'user', ownerId })
        .returning();
      logger.info('api key created', { id: row!.id, role: row!.role, ownerId, by: actor.keyId });
      return { key, record: toRecord(row!) };
    },

    async listKeys(actor, listOptions = {}) {
      requireAdmin(actor, 'list keys');
      const rows = await db
        .select()
        .from(apiKeys)
        .where(listOptions.ownerId === undefined ? undefined : eq(apiKeys.ownerId, listOptions.ownerId))
        .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
      return rows.map(toRecord);
    },

    async revokeKey(actor, id) {
      requireAdmin(actor, 'revoke keys');
      if (!uuidPattern.test(id)) throw new MappingRegistryError('invalid_request', `"${id}" is not a key id; key ids are UUIDs (see GET /api/v1/keys).`);
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
      if (!row) throw new MappingRegistryError('not_found', `No key with id ${id}; list keys with GET /api/v1/keys.`);
      if (row.revokedAt !== null) return toRecord(row);
      // Tombstone first: from here on every replica refuses the key, even before the row changes, and a replica
      // that read the row a moment ago cannot cache it as valid (its fill is "set if absent").
      try {
        await cache.set(cacheKey(row.keyHash), revoked, revokedTtlSeconds);
      } catch (error) {
        throw new MappingRegistryError('cache_unavailable', 'Cannot revoke now: the shared cache (Redis) is unreachable, so other replicas could keep accepting the key. Retry when Redis is back.', { cause: error });
      }
      const [updated] = await db
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning();
      logger.info('api key revoked', { id, by: actor.keyId });
      return toRecord(updated ?? row);
    },
  };
}
