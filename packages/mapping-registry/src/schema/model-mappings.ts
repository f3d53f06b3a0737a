import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Global (admin) and per-user model aliases. Uniqueness lives in the database (two partial unique indexes), so
 * concurrent creates of one alias give exactly one row and a unique violation for the others.
 */
export const modelMappings = pgTable(
  'gw_model_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope', { enum: ['global', 'user'] }).notNull(),
    /** The owner of a user mapping; null for global mappings. */
    ownerId: text('owner_id'),
    alias: text('alias').notNull(),
    /** A catalog id or `provider/model` with a configured provider. Never a URL. */
    targetModel: text('target_model').notNull(),
    /** The provider that serves the target, as resolved when the mapping was written. */
    providerId: text('provider_id').notNull(),
    description: text('description'),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('gw_model_mappings_scope_check', sql`${table.scope} in ('global', 'user')`),
    check(
      'gw_model_mappings_owner_check',
      sql`(${table.scope} = 'global' and ${table.ownerId} is null) or (${table.scope} = 'user' and ${table.ownerId} is not null)`,
    ),
    uniqueIndex('gw_model_mappings_global_alias_unique').on(table.alias).where(sql`${table.scope} = 'global'`),
    uniqueIndex('gw_model_mappings_user_alias_unique').on(table.ownerId, table.alias).where(sql`${table.scope} = 'user'`),
    index('gw_model_mappings_alias_idx').on(table.alias),
  ],
);
