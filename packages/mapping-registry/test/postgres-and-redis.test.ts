import { createDatabase, type ContextStoreDatabase } from '@gw/context-store';
import { checkTestPostgres, checkTestRedis, createTestDatabase, deleteRedisKeys, randomKeyPrefix, type TestDatabase } from '@gw/context-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRegistryCache } from '../src/cache/create-redis-registry-cache.js';
import { createMappingRegistry, type MappingRegistry } from '../src/create-mapping-registry.js';
import { migrateMappingRegistry } from '../src/database/migrate-mapping-registry.js';
import type { Principal } from '../src/keys/principal.js';
import { createTestModels, testAdminKey } from './registry-setup.js';

const postgresGate = await checkTestPostgres();
const redisGate = await checkTestRedis();
const skip = postgresGate.skip || redisGate.skip;
const suiteName = redisGate.suiteName(postgresGate.suiteName('registry on real Postgres and Redis, two replicas'));

describe.skipIf(skip)(suiteName, () => {
  let testDatabase: TestDatabase;
  const prefix = randomKeyPrefix('registry');
  const databases: ContextStoreDatabase[] = [];
  const replicas: MappingRegistry[] = [];
  const models = createTestModels();
  let admin: Principal;
  let alice: Principal;
  let aliceKey: string;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(postgresGate.url);
    for (let index = 0; index < 2; index++) {
      const database = await createDatabase({ kind: 'postgres', url: testDatabase.url, poolSize: 4 });
      databases.push(database);
    }
    // Replicas starting together: migrations wait for each other under the advisory lock.
    const applied = await Promise.all(databases.map((database) => migrateMappingRegistry(database.db)));
    expect(applied.sort()).toEqual([0, 1]);
    for (const database of databases) {
      replicas.push(createMappingRegistry({ db: database.db, models, cache: await createRedisRegistryCache({ url: redisGate.url, keyPrefix: prefix }) }));
    }
    await Promise.all(replicas.map((replica) => replica.bootstrapAdminKey(testAdminKey)));
    admin = await replicas[0]!.authenticate(testAdminKey);
    aliceKey = (await replicas[0]!.createKey(admin, { ownerId: 'alice' })).key;
    alice = await replicas[1]!.authenticate(aliceKey);
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.cache.close();
    for (const database of databases) await database.close();
    await testDatabase?.drop();
    await deleteRedisKeys(redisGate.url, prefix).catch(() => undefined);
    await models.close();
  });

  it('gives exactly one 201 and 409s under concurrent creates across replicas', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, index) => replicas[index % 2]!.createMapping(alice, { alias: 'raced', targetModel: 'small-openai' })),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.status === 'rejected').map((attempt) => (attempt as PromiseRejectedResult).reason.status)).toEqual(Array(11).fill(409));
  });

  it('never lets a global and a personal alias of one name both exist, even when created at once', async () => {
    const attempts = await Promise.allSettled([
      replicas[0]!.createMapping(admin, { alias: 'contested', targetModel: 'small-openai', scope: 'global' }),
      replicas[1]!.createMapping(alice, { alias: 'contested', targetModel: 'large-openai' }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  });

  it('shows a change made on one replica on the other’s next resolve', async () => {
    await replicas[0]!.createMapping(alice, { alias: 'moving', targetModel: 'small-openai' });
    expect(await replicas[1]!.resolve('moving', 'alice')).toMatchObject({ model: 'small-openai' });
    expect(await replicas[1]!.resolve('moving', 'alice')).toMatchObject({ model: 'small-openai' });
    await replicas[0]!.updateMapping(alice, 'moving', { targetModel: 'large-openai' });
    expect(await replicas[1]!.resolve('moving', 'alice')).toMatchObject({ model: 'large-openai' });
    await replicas[1]!.updateMapping(alice, 'moving', { enabled: false });
    expect(await replicas[0]!.resolve('moving', 'alice')).toEqual({ kind: 'model', model: 'moving' });
  });

  it('refuses a key revoked on one replica on the other’s very next request', async () => {
    const created = await replicas[0]!.createKey(admin, { ownerId: 'bob' });
    await replicas[1]!.authenticate(created.key);
    await replicas[1]!.authenticate(created.key);
    await replicas[0]!.revokeKey(admin, created.record.id);
    await expect(replicas[1]!.authenticate(created.key)).rejects.toMatchObject({ status: 401 });
  });
});
