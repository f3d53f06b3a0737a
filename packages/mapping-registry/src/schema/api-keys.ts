import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** `ak_` keys. Only the SHA-256 of a key is stored; the plaintext is shown once, at creation. */
export const apiKeys = pgTable(
  'gw_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    keyHash: text('key_hash').notNull(),
    /** The first characters of the key (`ak_` + 8), so people can tell their keys apart in a list. */
    keyPrefix: text('key_prefix').notNull(),
    name: text('name'),
    role: text('role', { enum: ['admin', 'user'] }).notNull(),
    ownerId: text('owner_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    check('gw_api_keys_role_check', sql`${table.role} in ('admin', 'user')`),
    uniqueIndex('gw_api_keys_key_hash_unique').on(table.keyHash),
    index('gw_api_keys_owner_idx').on(table.ownerId),
  ],
);
