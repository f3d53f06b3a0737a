import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, rejectionOf, testAdminKey, type TestRegistry } from '../../test/registry-setup.js';
import { createMappingRegistry } from '../create-mapping-registry.js';
import { apiKeys } from '../schema/api-keys.js';
import { hashApiKey } from './api-key-format.js';

describe('key service on PGlite', () => {
  let setup: TestRegistry;
  beforeAll(async () => {
    setup = await createTestRegistry({ lastUsedIntervalMs: 0 });
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('bootstraps GW_ADMIN_KEY once, as an admin', async () => {
    expect(await setup.registry.bootstrapAdminKey(testAdminKey)).toEqual({ created: false });
    const principal = await setup.registry.authenticate(testAdminKey);
    expect(principal).toMatchObject({ role: 'admin', ownerId: 'admin' });
    const rows = await setup.database.db.select().from(apiKeys).where(sql`${apiKeys.name} = 'GW_ADMIN_KEY'`);
    expect(rows).toHaveLength(1);
  });

  it('refuses a GW_ADMIN_KEY that is not an ak_ key', async () => {
    const error = await rejectionOf(setup.registry.bootstrapAdminKey('changeme'));
    expect(error.message).toContain('GW_ADMIN_KEY must be "ak_"');
  });

  it('creates a key shown once and stores only its hash and prefix', async () => {
    const created = await setup.registry.createKey(setup.admin, { ownerId: 'carol', name: 'laptop' });
    expect(created.key).toMatch(/^ak_[A-Za-z0-9]{40}$/);
    expect(created.record).toMatchObject({ role: 'user', ownerId: 'carol', name: 'laptop', keyPrefix: created.key.slice(0, 11), revokedAt: null });
    const [row] = await setup.database.db.select().from(apiKeys).where(sql`${apiKeys.id} = ${created.record.id}`);
    expect(row!.keyHash).toBe(hashApiKey(created.key));
    const everything = JSON.stringify(await setup.database.db.select().from(apiKeys));
    expect(everything).not.toContain(created.key);
    expect(await setup.registry.authenticate(created.key)).toEqual({ keyId: created.record.id, ownerId: 'carol', role: 'user' });
  });

  it('makes an owner id when none is given', async () => {
    const created = await setup.registry.createKey(setup.admin, {});
    expect(created.record.ownerId).toMatch(/^user_[A-Za-z0-9_-]{12}$/);
  });

  it('answers 401 for a missing, malformed or unknown key, with what to do', async () => {
    const missing = await rejectionOf(setup.registry.authenticate(undefined));
    expect(missing).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(missing.message).toContain('X-API-Key');
    expect(await rejectionOf(setup.registry.authenticate('ak_short'))).toMatchObject({ status: 401 });
    const unknown = await rejectionOf(setup.registry.authenticate(`ak_${'x'.repeat(40)}`));
    expect(unknown).toMatchObject({ status: 401 });
    expect(unknown.message).toContain('Unknown API key');
  });

  it('lets only admins create, list and revoke keys (403 for users)', async () => {
    expect(await rejectionOf(setup.registry.createKey(setup.alice, {}))).toMatchObject({ status: 403 });
    expect(await rejectionOf(setup.registry.listKeys(setup.alice))).toMatchObject({ status: 403 });
    expect(await rejectionOf(setup.registry.revokeKey(setup.alice, setup.bob.keyId))).toMatchObject({ status: 403 });
  });

  it('lists keys, filtered by owner, without hashes', async () => {
    const keys = await setup.registry.listKeys(setup.admin, { ownerId: 'alice' });
    expect(keys.map((key) => key.ownerId)).toEqual(['alice']);
    expect(JSON.stringify(keys)).not.toContain('keyHash');
  });

  it('revokes at once, on this and on any other registry sharing the cache and database', async () => {
    const created = await setup.registry.createKey(setup.admin, { ownerId: 'dave' });
    const replica = createMappingRegistry({ db: setup.database.db, models: setup.models, cache: setup.registry.cache });
    await replica.authenticate(created.key);
    await setup.registry.authenticate(created.key);
    const revoked = await setup.registry.revokeKey(setup.admin, created.record.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await rejectionOf(replica.authenticate(created.key))).toMatchObject({ status: 401, message: expect.stringContaining('revoked') });
    expect(await rejectionOf(setup.registry.authenticate(created.key))).toMatchObject({ status: 401 });
    // Revoking again is harmless and keeps the first time.
    expect((await setup.registry.revokeKey(setup.admin, created.record.id)).revokedAt).toEqual(revoked.revokedAt);
  });

  it('answers 404 for an unknown key id and 400 for something that is not one', async () => {
    expect(await rejectionOf(setup.registry.revokeKey(setup.admin, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ status: 404 });
    expect(await rejectionOf(setup.registry.revokeKey(setup.admin, 'nope'))).toMatchObject({ status: 400 });
  });

  it('records when a key was last used', async () => {
    const created = await setup.registry.createKey(setup.admin, { ownerId: 'erin' });
    await setup.registry.authenticate(created.key);
    await expect
      .poll(async () => (await setup.registry.listKeys(setup.admin, { ownerId: 'erin' }))[0]!.lastUsedAt)
      .toBeInstanceOf(Date);
  });
});
