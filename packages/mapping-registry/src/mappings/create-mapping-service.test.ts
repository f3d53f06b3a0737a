import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, rejectionOf, type TestRegistry } from '../../test/registry-setup.js';
import { createMappingRegistry } from '../create-mapping-registry.js';
import { parseCreateMappingInput, parseUpdateMappingInput } from './mapping-input.js';

describe('mapping service on PGlite', () => {
  let setup: TestRegistry;
  beforeAll(async () => {
    setup = await createTestRegistry();
    await setup.registry.createMapping(setup.admin, { alias: 'team-default', targetModel: 'large-openai', scope: 'global' });
    await setup.registry.createMapping(setup.alice, { alias: 'alice-fast', targetModel: 'small-openai', description: 'quick' });
    await setup.registry.createMapping(setup.bob, { alias: 'bob-fast', targetModel: 'mock-anthropic/mock-small' });
  });
  afterAll(async () => {
    await setup?.close();
  });

  describe('create', () => {
    it('stores a user mapping with the resolved provider', async () => {
      const record = await setup.registry.createMapping(setup.alice, { alias: 'alice-new', targetModel: 'small-anthropic' });
      expect(record).toMatchObject({ scope: 'user', ownerId: 'alice', alias: 'alice-new', targetModel: 'small-anthropic', providerId: 'mock-anthropic', enabled: true });
    });

    it('lets two users hold the same alias, each their own', async () => {
      await setup.registry.createMapping(setup.alice, { alias: 'shared-name', targetModel: 'small-openai' });
      await setup.registry.createMapping(setup.bob, { alias: 'shared-name', targetModel: 'large-openai' });
      expect((await setup.registry.resolve('shared-name', 'alice')).model).toBe('small-openai');
      expect((await setup.registry.resolve('shared-name', 'bob')).model).toBe('large-openai');
    });

    it('refuses a duplicate with 409, one success under concurrent creates', async () => {
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, () => setup.registry.createMapping(setup.alice, { alias: 'raced', targetModel: 'small-openai' })),
      );
      expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
      for (const attempt of attempts.filter((candidate) => candidate.status === 'rejected')) {
        expect((attempt as PromiseRejectedResult).reason).toMatchObject({ status: 409, code: 'conflict' });
      }
      const again = await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'alice-fast', targetModel: 'small-openai' }));
      expect(again).toMatchObject({ status: 409, message: expect.stringContaining('You already have an alias "alice-fast"') });
    });

    it('refuses to shadow a built-in id or a global alias (409)', async () => {
      expect(await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'small-openai', targetModel: 'large-openai' }))).toMatchObject({
        status: 409,
        message: expect.stringContaining('built-in model id'),
      });
      expect(await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'team-default', targetModel: 'small-openai' }))).toMatchObject({
        status: 409,
        message: expect.stringContaining('global alias'),
      });
      expect(await rejectionOf(setup.registry.createMapping(setup.admin, { alias: 'small-anthropic', targetModel: 'small-openai', scope: 'global' }))).toMatchObject({
        status: 409,
      });
      expect(await rejectionOf(setup.registry.createMapping(setup.admin, { alias: 'alice-fast', targetModel: 'small-openai', scope: 'global' }))).toMatchObject({
        status: 409,
        message: expect.stringContaining('personal alias of 1 user'),
      });
    });

    it('refuses a target the operator did not configure, and any URL (400)', async () => {
      const unknown = await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'x1', targetModel: 'gpt-9' }));
      expect(unknown).toMatchObject({ status: 400, message: expect.stringContaining('"gpt-9"') });
      expect(await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'x2', targetModel: 'other-provider/model' }))).toMatchObject({ status: 400 });
      expect(await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'x3', targetModel: 'https://evil.example/v1' }))).toMatchObject({
        status: 400,
        message: expect.stringContaining('never at a URL'),
      });
    });

    it('lets only admins create global mappings or mappings for others (403)', async () => {
      expect(await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'g-alice', targetModel: 'small-openai', scope: 'global' }))).toMatchObject({ status: 403 });
      expect(await rejectionOf(setup.registry.createMapping(setup.alice, { alias: 'for-bob', targetModel: 'small-openai', ownerId: 'bob' }))).toMatchObject({ status: 403 });
      const forBob = await setup.registry.createMapping(setup.admin, { alias: 'from-admin', targetModel: 'small-openai', ownerId: 'bob' });
      expect(forBob).toMatchObject({ scope: 'user', ownerId: 'bob' });
    });
  });

  describe('read, update and delete: the permission matrix', () => {
    it('a user reads their own and global mappings and built-in models, not another user’s', async () => {
      expect(await setup.registry.getMapping(setup.alice, 'alice-fast')).toMatchObject({ alias: 'alice-fast', ownerId: 'alice' });
      expect(await setup.registry.getMapping(setup.alice, 'team-default')).toMatchObject({ scope: 'global' });
      expect(await setup.registry.getMapping(setup.alice, 'small-openai')).toMatchObject({ scope: 'built-in', providerId: 'mock-openai' });
      expect(await rejectionOf(setup.registry.getMapping(setup.alice, 'bob-fast'))).toMatchObject({ status: 403, message: expect.stringContaining("another user's alias") });
      expect(await rejectionOf(setup.registry.getMapping(setup.alice, 'nothing-here'))).toMatchObject({ status: 404 });
    });

    it('a user changes and deletes only their own', async () => {
      for (const alias of ['bob-fast', 'team-default', 'small-openai']) {
        expect(await rejectionOf(setup.registry.updateMapping(setup.alice, alias, { description: 'mine now' }))).toMatchObject({ status: 403 });
        expect(await rejectionOf(setup.registry.deleteMapping(setup.alice, alias))).toMatchObject({ status: 403 });
      }
      expect(await rejectionOf(setup.registry.updateMapping(setup.alice, 'missing-alias', { enabled: false }))).toMatchObject({ status: 404 });
      const updated = await setup.registry.updateMapping(setup.alice, 'alice-fast', { description: 'still quick' });
      expect(updated).toMatchObject({ description: 'still quick', targetModel: 'small-openai', enabled: true });
    });

    it('an admin changes global mappings, and other users’ only when naming the owner', async () => {
      expect(await setup.registry.updateMapping(setup.admin, 'team-default', { description: 'for everyone' })).toMatchObject({ scope: 'global', description: 'for everyone' });
      expect(await rejectionOf(setup.registry.updateMapping(setup.admin, 'bob-fast', { enabled: true }))).toMatchObject({
        status: 403,
        message: expect.stringContaining('owner_id'),
      });
      expect(await setup.registry.updateMapping(setup.admin, 'bob-fast', { enabled: true }, { ownerId: 'bob' })).toMatchObject({ ownerId: 'bob' });
      expect(await rejectionOf(setup.registry.deleteMapping(setup.admin, 'small-openai'))).toMatchObject({ status: 403, message: expect.stringContaining('built-in') });
      expect(await rejectionOf(setup.registry.getMapping(setup.alice, 'bob-fast', { ownerId: 'bob' }))).toMatchObject({ status: 403 });
    });

    it('lists own and global mappings, or one scope', async () => {
      const all = await setup.registry.listMappings(setup.bob);
      expect(all.every((mapping) => mapping.scope === 'global' || mapping.ownerId === 'bob')).toBe(true);
      expect(all.map((mapping) => mapping.alias)).toEqual(expect.arrayContaining(['team-default', 'bob-fast']));
      expect((await setup.registry.listMappings(setup.bob, { scope: 'global' })).every((mapping) => mapping.scope === 'global')).toBe(true);
      expect(await setup.registry.listMappings(setup.admin, { ownerId: 'alice', scope: 'user' })).toEqual(
        expect.arrayContaining([expect.objectContaining({ alias: 'alice-fast' })]),
      );
      expect(await rejectionOf(setup.registry.listMappings(setup.bob, { ownerId: 'alice' }))).toMatchObject({ status: 403 });
    });
  });

  describe('update', () => {
    it('renames with new_alias, refusing a taken, built-in or global name', async () => {
      await setup.registry.createMapping(setup.alice, { alias: 'before', targetModel: 'small-openai' });
      expect(await rejectionOf(setup.registry.updateMapping(setup.alice, 'before', { newAlias: 'alice-fast' }))).toMatchObject({ status: 409 });
      expect(await rejectionOf(setup.registry.updateMapping(setup.alice, 'before', { newAlias: 'large-openai' }))).toMatchObject({ status: 409 });
      expect(await rejectionOf(setup.registry.updateMapping(setup.alice, 'before', { newAlias: 'team-default' }))).toMatchObject({ status: 409 });
      const renamed = await setup.registry.updateMapping(setup.alice, 'before', { newAlias: 'after' });
      expect(renamed.alias).toBe('after');
      expect(await rejectionOf(setup.registry.getMapping(setup.alice, 'before'))).toMatchObject({ status: 404 });
      expect(await setup.registry.resolve('after', 'alice')).toMatchObject({ kind: 'user', model: 'small-openai' });
      expect(await setup.registry.resolve('before', 'alice')).toEqual({ kind: 'model', model: 'before' });
    });

    it('moves a mapping to another provider when only provider_id is given', async () => {
      await setup.registry.createMapping(setup.alice, { alias: 'movable', targetModel: 'mock-openai/mock-small' });
      const moved = await setup.registry.updateMapping(setup.alice, 'movable', { providerId: 'mock-anthropic' });
      expect(moved).toMatchObject({ targetModel: 'mock-anthropic/mock-small', providerId: 'mock-anthropic' });
    });

    it('disables and re-enables: resolution skips a disabled alias', async () => {
      await setup.registry.createMapping(setup.alice, { alias: 'toggled', targetModel: 'large-openai' });
      expect(await setup.registry.resolve('toggled', 'alice')).toMatchObject({ kind: 'user', model: 'large-openai' });
      await setup.registry.updateMapping(setup.alice, 'toggled', { enabled: false });
      expect(await setup.registry.resolve('toggled', 'alice')).toEqual({ kind: 'model', model: 'toggled' });
      await setup.registry.updateMapping(setup.alice, 'toggled', { enabled: true });
      expect(await setup.registry.resolve('toggled', 'alice')).toMatchObject({ kind: 'user', model: 'large-openai' });
    });
  });

  describe('resolve', () => {
    it('goes user, then global, then the name itself', async () => {
      expect(await setup.registry.resolve('alice-fast', 'alice')).toMatchObject({ kind: 'user', model: 'small-openai' });
      expect(await setup.registry.resolve('team-default', 'alice')).toMatchObject({ kind: 'global', model: 'large-openai' });
      expect(await setup.registry.resolve('alice-fast', 'bob')).toEqual({ kind: 'model', model: 'alice-fast' });
      expect(await setup.registry.resolve('small-openai', 'alice')).toEqual({ kind: 'model', model: 'small-openai' });
      expect(await setup.registry.resolve('mock-openai/anything', 'alice')).toEqual({ kind: 'model', model: 'mock-openai/anything' });
      expect(await setup.registry.resolve('team-default', undefined)).toMatchObject({ kind: 'global' });
    });

    it('sees every change at once, also from a second registry sharing the cache (a replica)', async () => {
      const replica = createMappingRegistry({ db: setup.database.db, models: setup.models, cache: setup.registry.cache });
      await setup.registry.createMapping(setup.bob, { alias: 'bob-live', targetModel: 'small-openai' });
      expect(await replica.resolve('bob-live', 'bob')).toMatchObject({ model: 'small-openai' });
      await setup.registry.updateMapping(setup.bob, 'bob-live', { targetModel: 'large-openai' });
      expect(await replica.resolve('bob-live', 'bob')).toMatchObject({ model: 'large-openai' });
      await replica.deleteMapping(setup.bob, 'bob-live');
      expect(await setup.registry.resolve('bob-live', 'bob')).toEqual({ kind: 'model', model: 'bob-live' });
    });
  });

  it('lists models: built-in, global and the caller’s, disabled ones on request', async () => {
    await setup.registry.createMapping(setup.bob, { alias: 'bob-off', targetModel: 'small-openai', enabled: false });
    const models = await setup.registry.listModels(setup.bob);
    expect(models.filter((model) => model.type === 'built-in').map((model) => model.id)).toEqual(['small-openai', 'large-openai', 'small-anthropic']);
    expect(models.find((model) => model.id === 'team-default')).toMatchObject({ type: 'global', targetModel: 'large-openai' });
    expect(models.find((model) => model.id === 'bob-fast')).toMatchObject({ type: 'user', targetModel: 'mock-anthropic/mock-small' });
    expect(models.some((model) => model.id === 'alice-fast')).toBe(false);
    expect(models.some((model) => model.id === 'bob-off')).toBe(false);
    expect((await setup.registry.listModels(setup.bob, { includeDisabled: true })).find((model) => model.id === 'bob-off')).toMatchObject({ enabled: false });
  });
});

describe('mapping input parsing', () => {
  it('accepts the aigateway-mcp names and combines provider_id with model_name', () => {
    expect(parseCreateMappingInput({ alias: 'a', provider_id: 'mock-openai', model_name: 'mock-small', description: 'd' })).toEqual({
      alias: 'a',
      targetModel: 'mock-openai/mock-small',
      description: 'd',
    });
    expect(parseCreateMappingInput({ alias: 'a', model: 'small-openai', scope: 'global' })).toEqual({ alias: 'a', targetModel: 'small-openai', scope: 'global' });
    expect(parseUpdateMappingInput({ new_alias: 'b', enabled: false }, 'a')).toEqual({ newAlias: 'b', enabled: false });
    expect(parseUpdateMappingInput({ model_name: 'm' }, 'a')).toEqual({ modelName: 'm' });
    expect(parseUpdateMappingInput({ model: 'm', provider_id: 'p' }, 'a')).toEqual({ targetModel: 'p/m' });
  });

  it('says what to fix', () => {
    expect(() => parseCreateMappingInput({ alias: 'has/slash', model: 'x' })).toThrow(/"alias".*no "\/"/);
    expect(() => parseCreateMappingInput({ alias: 'ok' })).toThrow(/"target_model".*is required/);
    expect(() => parseCreateMappingInput({ alias: 'ok', model: 'x', colour: 'red' })).toThrow(/unknown field\(s\) "colour"/);
    expect(() => parseCreateMappingInput({ alias: 'ok', model: 'x', target_model: 'y' })).toThrow(/once/);
    expect(() => parseUpdateMappingInput({}, 'a')).toThrow(/Nothing to update/);
    expect(() => parseUpdateMappingInput({ alias: 'b', enabled: true }, 'a')).toThrow(/new_alias/);
    expect(() => parseCreateMappingInput({ alias: 'x'.repeat(65), model: 'x' })).toThrow(/1-64/);
  });
});
