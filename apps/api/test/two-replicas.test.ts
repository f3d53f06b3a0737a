import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, llmCalls, type CallLogRow } from '@gw/context-store';
import { checkTestPostgres, checkTestRedis, createTestDatabase, deleteRedisKeys, randomKeyPrefix, type TestDatabase } from '@gw/context-store/testing';
import { createMappingRegistryClient, type MappingRegistryClient } from '@gw/mapping-registry';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../src/testing/start-api-process.js';
import { mockProviderConfig } from './in-process-api.js';

const postgresGate = await checkTestPostgres();
const redisGate = await checkTestRedis();

describe.skipIf(postgresGate.skip || redisGate.skip)(redisGate.suiteName(postgresGate.suiteName('two built gw-api replicas on one Postgres and Redis')), () => {
  const adminKey = `ak_${'ReplicaAdminKeyForTests'.repeat(2)}`;
  const prefix = randomKeyPrefix('api-replicas');
  let testDatabase: TestDatabase;
  let mock: MockLlm;
  let directory: string;
  const replicas: ApiProcess[] = [];
  const admin: MappingRegistryClient[] = [];
  let aliceKey: string;
  const as = (replica: number, apiKey: string) => createMappingRegistryClient({ baseURL: replicas[replica]!.url, apiKey, timeoutMs: 10_000 });

  beforeAll(async () => {
    testDatabase = await createTestDatabase(postgresGate.url);
    mock = await startMockLlm({ port: 0 });
    directory = await mkdtemp(join(tmpdir(), 'gw-api-replicas-'));
    const configPath = join(directory, 'gw.json');
    const config = mockProviderConfig(mock);
    await writeFile(configPath, JSON.stringify({ ...config, providers: config.providers.map((provider) => ({ ...provider, apiKey: '${MOCK_UPSTREAM_KEY}' })) }));
    const environment = {
      GW_CONFIG: configPath,
      MOCK_UPSTREAM_KEY: 'test-openai-key',
      DATABASE_URL: testDatabase.url,
      REDIS_URL: redisGate.url,
      GW_REDIS_KEY_PREFIX: prefix,
      GW_ADMIN_KEY: adminKey,
    };
    // Started together: migrations and the admin key bootstrap must not trip over each other.
    replicas.push(...(await Promise.all([startApiProcess(environment), startApiProcess(environment)])));
    admin.push(as(0, adminKey), as(1, adminKey));
    aliceKey = (await admin[0]!.createKey({ owner_id: 'alice' })).key;
  });

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await mock?.close();
    await testDatabase?.drop();
    await deleteRedisKeys(redisGate.url, prefix).catch(() => undefined);
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('reports Postgres and Redis on /health, and binds 127.0.0.1', async () => {
    for (const replica of replicas) {
      expect(replica.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await createMappingRegistryClient({ baseURL: replica.url }).health()).toEqual({
        status: 'ok',
        database: 'postgres',
        cache: 'redis',
        checks: { database: { status: 'up', latencyMs: expect.any(Number) }, redis: { status: 'up', latencyMs: expect.any(Number) } },
      });
    }
  });

  it('shows a mapping change made through one replica on the other’s next request', async () => {
    const [alice0, alice1] = [as(0, aliceKey), as(1, aliceKey)];
    const openai1 = new OpenAI({ apiKey: aliceKey, baseURL: `${replicas[1]!.url}/v1`, maxRetries: 0 });
    const ask = async () => (await openai1.chat.completions.create({ model: 'mine', messages: [{ role: 'user', content: 'which?' }] })).choices[0]!.message.content;

    await alice0.createMapping({ alias: 'mine', target_model: 'fast-model' });
    expect(await ask()).toBe('[mock-fast-upstream] echo: which?');
    expect(await ask()).toBe('[mock-fast-upstream] echo: which?');
    await alice0.updateMapping('mine', { target_model: 'strong-model' });
    expect(await ask()).toBe('[mock-strong-upstream] echo: which?');
    expect(mock.lastRequest()!.body).toMatchObject({ model: 'mock-strong-upstream' });
    await alice0.updateMapping('mine', { enabled: false });
    expect((await alice1.listModels()).data.map((model) => model.id)).not.toContain('mine');
    await expect(ask()).rejects.toMatchObject({ status: 404 });
    await alice1.updateMapping('mine', { enabled: true });
    expect(await ask()).toBe('[mock-strong-upstream] echo: which?');
    await alice0.updateMapping('mine', { new_alias: 'renamed' });
    await expect(ask()).rejects.toMatchObject({ status: 404 });
    await alice0.deleteMapping('renamed');
    expect((await alice1.listMappings()).data).toEqual([]);
  });

  it('sees a global alias created on one replica from the other, for every user', async () => {
    await admin[1]!.createMapping({ alias: 'house', target_model: 'strong-model', scope: 'global' });
    const openai0 = new OpenAI({ apiKey: aliceKey, baseURL: `${replicas[0]!.url}/v1`, maxRetries: 0 });
    const { response, data } = await openai0.chat.completions.create({ model: 'house', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(response.headers.get('x-gw-model')).toBe('strong-model');
    expect(data.choices[0]!.message.content).toBe('[mock-strong-upstream] echo: hi');
    await expect(as(0, aliceKey).createMapping({ alias: 'house', target_model: 'fast-model' })).rejects.toMatchObject({ status: 409 });
  });

  it('logs each chat request as one llm_calls row in Postgres, whichever replica served it', async () => {
    const ids = ['replica-call-0', 'replica-call-1'];
    for (const [index, requestId] of ids.entries()) {
      const response = await fetch(`${replicas[index]!.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'x-api-key': aliceKey, 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ model: 'fast-model', messages: [{ role: 'user', content: 'logged' }] }),
      });
      expect(response.status).toBe(200);
    }
    const database = await createDatabase({ kind: 'postgres', url: testDatabase.url });
    try {
      // The writer batches (up to 1 s): poll until both rows are in.
      let rows: CallLogRow[] = [];
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
        rows = ((await database.db.select().from(llmCalls)) as unknown as CallLogRow[]).filter((row) => ids.includes(row.requestId));
        if (rows.length === ids.length) break;
      }
      expect(rows.map((row) => ({ requestId: row.requestId, userId: row.userId, model: row.model, status: row.status })).sort((a, b) => a.requestId.localeCompare(b.requestId))).toEqual(
        ids.map((requestId) => ({ requestId, userId: 'alice', model: 'fast-model', status: 'success' })),
      );
    } finally {
      await database.close();
    }
  });

  it('gives one 201 and only 409s when both replicas take concurrent creates of one alias', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => as(index % 2, aliceKey).createMapping({ alias: 'contended', target_model: 'fast-model' })),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.status === 'rejected').map((attempt) => (attempt as PromiseRejectedResult).reason.status)).toEqual(Array(9).fill(409));
  });

  it('refuses a key revoked through one replica on the other’s very next request', async () => {
    const created = await admin[0]!.createKey({ owner_id: 'carol' });
    const carolOn1 = as(1, created.key);
    await carolOn1.listModels();
    await carolOn1.listModels();
    await admin[0]!.revokeKey(created.id);
    await expect(carolOn1.listModels()).rejects.toMatchObject({ status: 401 });
    await expect(as(0, created.key).listModels()).rejects.toMatchObject({ status: 401 });
  });
});
