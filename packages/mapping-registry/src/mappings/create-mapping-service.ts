import type { ContextStoreDrizzle } from '@gw/context-store';
import { GatewayError, type Logger } from '@gw/providers';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { RegistryCache } from '../cache/registry-cache.js';
import { isUniqueViolation } from '../errors/is-unique-violation.js';
import { MappingRegistryError } from '../errors/mapping-registry-error.js';
import type { Principal } from '../keys/principal.js';
import { modelMappings } from '../schema/model-mappings.js';
import { isAliasFormat } from './alias-format.js';
import type { AliasResolution } from './alias-resolution.js';
import { globalAliasCacheKey, invalidated, noMapping, userAliasCacheKey, type CachedMapping } from './mapping-cache-keys.js';
import { combineTarget, type CreateMappingInput, type ListMappingsOptions, type MappingSelector, type UpdateMappingInput } from './mapping-input.js';
import type { BuiltInModelView, MappingRecord } from './mapping-record.js';
import type { ModelSource } from './model-source.js';

export interface MappingService {
  listMappings(actor: Principal, options?: ListMappingsOptions): Promise<MappingRecord[]>;
  getMapping(actor: Principal, alias: string, selector?: MappingSelector): Promise<MappingRecord | BuiltInModelView>;
  createMapping(actor: Principal, input: CreateMappingInput): Promise<MappingRecord>;
  updateMapping(actor: Principal, alias: string, input: UpdateMappingInput, selector?: MappingSelector): Promise<MappingRecord>;
  deleteMapping(actor: Principal, alias: string, selector?: MappingSelector): Promise<MappingRecord>;
  /** User mapping of `ownerId`, then global, then the name itself (built-in or `provider/model`). Disabled aliases are skipped. */
  resolve(model: string, ownerId: string | undefined): Promise<AliasResolution>;
  /** Global mappings and, with an owner, that owner's mappings (for model lists). */
  listVisibleMappings(ownerId: string | undefined): Promise<MappingRecord[]>;
}

export interface MappingServiceOptions {
  db: ContextStoreDrizzle;
  cache: RegistryCache;
  models: ModelSource;
  logger: Logger;
  /** How long a resolution stays cached (default 300 s); every change invalidates it at once. */
  resolutionTtlSeconds?: number;
  /** How long an invalidation keeps readers on the database (default 30 s; longer than any write transaction). */
  invalidationTtlSeconds?: number;
}

// Two-int advisory locks live apart from single-bigint ones (the migration lock).
const aliasLockNamespace = 7_310_552;

type Located = { type: 'mapping'; record: MappingRecord } | { type: 'built-in'; view: BuiltInModelView };

export function createMappingService(options: MappingServiceOptions): MappingService {
  const { db, cache, models, logger } = options;
  const resolutionTtlSeconds = options.resolutionTtlSeconds ?? 300;
  const invalidationTtlSeconds = options.invalidationTtlSeconds ?? 30;

  const isBuiltIn = (alias: string): boolean => models.catalog.find(alias).length > 0;

  const checkTarget = (targetModel: string): { targetModel: string; providerId: string } => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(targetModel)) {
      throw new MappingRegistryError('invalid_request', 'A mapping points at a configured model, never at a URL: use a catalog id or "<provider>/<model>" with a configured provider.');
    }
    try {
      const [deployment] = models.resolveModel(targetModel);
      return { targetModel, providerId: deployment!.provider };
    } catch (error) {
      if (GatewayError.isInstance(error) && error.code === 'model_not_found') {
        const hint = error.message.replace(/^Unknown model "[^"]*"\.\s*/, '');
        throw new MappingRegistryError('invalid_request', `The target "${targetModel}" is not a model gw can call. ${hint}`, { cause: error });
      }
      throw error;
    }
  };

  const cacheKeyOf = (record: { scope: 'global' | 'user'; ownerId: string | null; alias: string }): string =>
    record.scope === 'global' ? globalAliasCacheKey(record.alias) : userAliasCacheKey(record.ownerId!, record.alias);

  const invalidate = async (keys: readonly string[]): Promise<void> => {
    try {
      await Promise.all(keys.map((key) => cache.set(key, invalidated, invalidationTtlSeconds)));
    } catch (error) {
      throw new MappingRegistryError('cache_unavailable', 'Cannot change mappings now: the shared cache (Redis) is unreachable, so other replicas would keep resolving the old alias. Retry when Redis is back.', { cause: error });
    }
  };

  const lockAliases = async (transaction: Parameters<Parameters<ContextStoreDrizzle['transaction']>[0]>[0], aliases: readonly string[]): Promise<void> => {
    // Sorted, so two renames in opposite directions cannot deadlock.
    for (const alias of [...new Set(aliases)].sort()) {
      await transaction.execute(sql`select pg_advisory_xact_lock(${aliasLockNamespace}, hashtext(${alias}))`);
    }
  };

  const conflictFor = (scope: 'global' | 'user', alias: string, mine: boolean): MappingRegistryError =>
    new MappingRegistryError(
      'conflict',
      scope === 'global'
        ? `A global alias "${alias}" already exists; pick another name or update that one.`
        : mine
          ? `You already have an alias "${alias}"; pick another name or update it with PUT /api/v1/model-mappings/${alias}.`
          : `That user already has an alias "${alias}"; pick another name.`,
    );

  /** Cross-scope rules, checked under the alias lock: no alias name is both global and a user's. */
  const checkCrossScope = async (transaction: Parameters<Parameters<ContextStoreDrizzle['transaction']>[0]>[0], scope: 'global' | 'user', alias: string): Promise<void> => {
    if (scope === 'user') {
      const [global] = await transaction
        .select({ id: modelMappings.id })
        .from(modelMappings)
        .where(and(eq(modelMappings.scope, 'global'), eq(modelMappings.alias, alias)))
        .limit(1);
      if (global) throw new MappingRegistryError('conflict', `"${alias}" is a global alias; a personal alias may not shadow it. Pick another name.`);
    } else {
      const [row] = await transaction
        .select({ count: sql<number>`count(*)::int` })
        .from(modelMappings)
        .where(and(eq(modelMappings.scope, 'user'), eq(modelMappings.alias, alias)));
      if ((row?.count ?? 0) > 0) {
        throw new MappingRegistryError('conflict', `"${alias}" is already a personal alias of ${row!.count} user(s); a global alias may not shadow it. Pick another name or have those renamed first.`);
      }
    }
  };

  const checkNotBuiltIn = (alias: string): void => {
    if (isBuiltIn(alias)) throw new MappingRegistryError('conflict', `"${alias}" is a built-in model id; an alias may not shadow it. Pick another name.`);
  };

  const ownerFor = (actor: Principal, ownerId: string | undefined): string => {
    if (ownerId === undefined || ownerId === actor.ownerId) return actor.ownerId;
    if (actor.role !== 'admin') throw new MappingRegistryError('forbidden', "Only an admin may act on another user's mappings; leave owner_id out to use your own.");
    return ownerId;
  };

  const locate = async (actor: Principal, alias: string, selector: MappingSelector = {}): Promise<Located> => {
    if (!isAliasFormat(alias)) {
      if (isBuiltIn(alias)) return { type: 'built-in', view: builtInView(alias) };
      throw new MappingRegistryError('not_found', `No mapping "${alias}" (and it is not a valid alias name). List yours with GET /api/v1/model-mappings.`);
    }
    if (selector.scope === 'global') {
      const [row] = await db.select().from(modelMappings).where(and(eq(modelMappings.scope, 'global'), eq(modelMappings.alias, alias))).limit(1);
      if (!row) throw new MappingRegistryError('not_found', `No global mapping "${alias}". List them with GET /api/v1/model-mappings?scope=global.`);
      return { type: 'mapping', record: row };
    }
    const ownerId = ownerFor(actor, selector.ownerId);
    const rows = await db
      .select()
      .from(modelMappings)
      .where(
        and(
          eq(modelMappings.alias, alias),
          selector.scope === 'user'
            ? eq(modelMappings.ownerId, ownerId)
            : or(eq(modelMappings.scope, 'global'), eq(modelMappings.ownerId, ownerId)),
        ),
      );
    const own = rows.find((row) => row.scope === 'user');
    if (own) return { type: 'mapping', record: own };
    const global = rows.find((row) => row.scope === 'global');
    if (global) return { type: 'mapping', record: global };
    if (selector.ownerId !== undefined && selector.ownerId !== actor.ownerId) {
      throw new MappingRegistryError('not_found', `User ${selector.ownerId} has no mapping "${alias}".`);
    }
    if (isBuiltIn(alias)) return { type: 'built-in', view: builtInView(alias) };
    const [other] = await db
      .select({ id: modelMappings.id })
      .from(modelMappings)
      .where(and(eq(modelMappings.scope, 'user'), eq(modelMappings.alias, alias)))
      .limit(1);
    if (other) {
      throw new MappingRegistryError(
        'forbidden',
        actor.role === 'admin'
          ? `"${alias}" is another user's alias; add ?owner_id=<their owner id> to act on it.`
          : `"${alias}" is another user's alias; you can only see and change your own mappings.`,
      );
    }
    throw new MappingRegistryError('not_found', `No mapping "${alias}". List yours with GET /api/v1/model-mappings, or create it with POST.`);
  };

  const builtInView = (alias: string): BuiltInModelView => {
    const [deployment] = models.catalog.find(alias);
    return { scope: 'built-in', alias, targetModel: alias, providerId: deployment!.provider };
  };

  const requireWritable = (actor: Principal, located: Located, verb: 'change' | 'delete'): MappingRecord => {
    if (located.type === 'built-in') {
      throw new MappingRegistryError('forbidden', `"${located.view.alias}" is a built-in model and cannot be ${verb === 'change' ? 'changed' : 'deleted'}; create an alias with another name instead.`);
    }
    const record = located.record;
    if (record.scope === 'global' && actor.role !== 'admin') {
      throw new MappingRegistryError('forbidden', `"${record.alias}" is a global mapping; only an admin can ${verb} it. Create a personal alias with another name instead.`);
    }
    return record;
  };

  const readMappings = async (ownerId: string | undefined, alias: string): Promise<{ user?: CachedMapping; global?: CachedMapping }> => {
    const rows = await db
      .select({ id: modelMappings.id, scope: modelMappings.scope, model: modelMappings.targetModel, enabled: modelMappings.enabled })
      .from(modelMappings)
      .where(
        and(
          eq(modelMappings.alias, alias),
          ownerId === undefined ? eq(modelMappings.scope, 'global') : or(eq(modelMappings.scope, 'global'), eq(modelMappings.ownerId, ownerId)),
        ),
      );
    const pick = (scope: 'global' | 'user') => {
      const row = rows.find((candidate) => candidate.scope === scope);
      return row ? { id: row.id, model: row.model, enabled: row.enabled } : undefined;
    };
    return { ...(pick('user') ? { user: pick('user') } : {}), ...(pick('global') ? { global: pick('global') } : {}) };
  };

  return {
    async listMappings(actor, listOptions = {}) {
      const ownerId = ownerFor(actor, listOptions.ownerId);
      const scope = listOptions.scope ?? 'all';
      const condition =
        scope === 'global'
          ? eq(modelMappings.scope, 'global')
          : scope === 'user'
            ? eq(modelMappings.ownerId, ownerId)
            : or(eq(modelMappings.scope, 'global'), eq(modelMappings.ownerId, ownerId));
      return db.select().from(modelMappings).where(condition).orderBy(asc(modelMappings.scope), asc(modelMappings.alias));
    },

    async getMapping(actor, alias, selector) {
      const located = await locate(actor, alias, selector);
      return located.type === 'built-in' ? located.view : located.record;
    },

    async createMapping(actor, input) {
      const scope = input.scope ?? 'user';
      if (scope === 'global' && actor.role !== 'admin') {
        throw new MappingRegistryError('forbidden', 'Only an admin may create global mappings; leave "scope" out (or use "user") to create a personal alias.');
      }
      if (scope === 'global' && input.ownerId !== undefined) throw new MappingRegistryError('invalid_request', 'A global mapping has no owner; leave "owner_id" out.');
      const ownerId = scope === 'user' ? ownerFor(actor, input.ownerId) : null;
      checkNotBuiltIn(input.alias);
      const target = checkTarget(input.targetModel);
      await invalidate([cacheKeyOf({ scope, ownerId, alias: input.alias })]);
      try {
        const record = await db.transaction(async (transaction) => {
          await lockAliases(transaction, [input.alias]);
          await checkCrossScope(transaction, scope, input.alias);
          const [row] = await transaction
            .insert(modelMappings)
            .values({
              scope,
              ownerId,
              alias: input.alias,
              targetModel: target.targetModel,
              providerId: target.providerId,
              description: input.description ?? null,
              enabled: input.enabled ?? true,
            })
            .returning();
          return row!;
        });
        logger.info('mapping created', { scope, alias: record.alias, by: actor.keyId });
        return record;
      } catch (error) {
        if (isUniqueViolation(error)) throw conflictFor(scope, input.alias, ownerId === actor.ownerId);
        throw error;
      }
    },

    async updateMapping(actor, alias, input, selector) {
      const record = requireWritable(actor, await locate(actor, alias, selector), 'change');
      const newAlias = input.newAlias !== undefined && input.newAlias !== record.alias ? input.newAlias : undefined;
      if (newAlias !== undefined) checkNotBuiltIn(newAlias);
      let target: { targetModel: string; providerId: string } | undefined;
      if (input.targetModel !== undefined) target = checkTarget(input.targetModel);
      else if (input.modelName !== undefined || input.providerId !== undefined) {
        // aigateway-mcp's fields: a model name at a provider; whichever of the two is missing stays as it was.
        const currentModelName = record.targetModel.startsWith(`${record.providerId}/`) ? record.targetModel.slice(record.providerId.length + 1) : record.targetModel;
        target = checkTarget(combineTarget(input.modelName ?? currentModelName, input.providerId ?? record.providerId));
      }
      const keys = [cacheKeyOf(record)];
      if (newAlias !== undefined) keys.push(cacheKeyOf({ ...record, alias: newAlias }));
      await invalidate(keys);
      try {
        const updated = await db.transaction(async (transaction) => {
          await lockAliases(transaction, newAlias === undefined ? [record.alias] : [record.alias, newAlias]);
          if (newAlias !== undefined) await checkCrossScope(transaction, record.scope, newAlias);
          const [row] = await transaction
            .update(modelMappings)
            .set({
              ...(newAlias === undefined ? {} : { alias: newAlias }),
              ...(target === undefined ? {} : target),
              ...(input.description === undefined ? {} : { description: input.description === '' ? null : input.description }),
              ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
              updatedAt: new Date(),
            })
            .where(eq(modelMappings.id, record.id))
            .returning();
          return row;
        });
        if (!updated) throw new MappingRegistryError('not_found', `Mapping "${alias}" was deleted meanwhile.`);
        logger.info('mapping updated', { scope: updated.scope, alias: updated.alias, by: actor.keyId });
        return updated;
      } catch (error) {
        if (isUniqueViolation(error)) throw conflictFor(record.scope, newAlias ?? record.alias, record.ownerId === actor.ownerId);
        throw error;
      }
    },

    async deleteMapping(actor, alias, selector) {
      const record = requireWritable(actor, await locate(actor, alias, selector), 'delete');
      await invalidate([cacheKeyOf(record)]);
      const [deleted] = await db.delete(modelMappings).where(eq(modelMappings.id, record.id)).returning();
      if (!deleted) throw new MappingRegistryError('not_found', `Mapping "${alias}" was deleted meanwhile.`);
      logger.info('mapping deleted', { scope: deleted.scope, alias: deleted.alias, by: actor.keyId });
      return deleted;
    },

    async resolve(model, ownerId) {
      if (!isAliasFormat(model)) return { kind: 'model', model };
      const keys = ownerId === undefined ? [globalAliasCacheKey(model)] : [userAliasCacheKey(ownerId, model), globalAliasCacheKey(model)];
      let cached: (string | undefined)[];
      try {
        cached = await cache.getMany(keys);
      } catch (error) {
        logger.warn('registry cache unavailable; resolving aliases from the database', { error: String(error) });
        cached = keys.map(() => invalidated);
      }
      const userValue = ownerId === undefined ? noMapping : cached[0];
      const globalValue = cached[cached.length - 1];
      let user: CachedMapping | undefined;
      let global: CachedMapping | undefined;
      const usable = (value: string | undefined) => value !== undefined && value !== invalidated;
      if (usable(userValue) && usable(globalValue)) {
        user = userValue === noMapping ? undefined : (JSON.parse(userValue!) as CachedMapping);
        global = globalValue === noMapping ? undefined : (JSON.parse(globalValue!) as CachedMapping);
      } else {
        ({ user, global } = await readMappings(ownerId, model));
        const fill = (key: string, current: string | undefined, value: CachedMapping | undefined) => {
          // Never over an invalidation: this read may predate the change that wrote it.
          if (current !== undefined) return;
          cache.setIfAbsent(key, value === undefined ? noMapping : JSON.stringify(value), resolutionTtlSeconds).catch(() => undefined);
        };
        if (ownerId !== undefined) fill(keys[0]!, userValue, user);
        fill(keys[keys.length - 1]!, globalValue, global);
      }
      if (user?.enabled) return { kind: 'user', alias: model, model: user.model, mappingId: user.id };
      if (global?.enabled) return { kind: 'global', alias: model, model: global.model, mappingId: global.id };
      return { kind: 'model', model };
    },

    async listVisibleMappings(ownerId) {
      return db
        .select()
        .from(modelMappings)
        .where(ownerId === undefined ? eq(modelMappings.scope, 'global') : or(eq(modelMappings.scope, 'global'), and(eq(modelMappings.scope, 'user'), eq(modelMappings.ownerId, ownerId))))
        .orderBy(asc(modelMappings.scope), asc(modelMappings.alias));
    },
  };
}

