import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiProcess, type ApiProcess } from '@gw/api/testing';
import { checkTestPostgres, checkTestRedis, createTestDatabase, deleteRedisKeys, randomKeyPrefix, type TestDatabase } from '@gw/context-store/testing';
import { createMappingRegistryClient, type MappingRegistryClient } from '@gw/mapping-registry';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTool, testProviderConfig } from './in-process-gateway.js';

const postgresGate = await checkTestPostgres();
const redisGate = await checkTestRedis();
const mcpBin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

type Caller = 'admin' | 'alice' | 'bob';
type Target = 'own' | "other's" | 'global' | 'built-in';
type Outcome = number;

describe.skipIf(postgresGate.skip || redisGate.skip)(
  redisGate.suiteName(postgresGate.suiteName('gw-model-admin-mcp over stdio against a built gw-api on Postgres and Redis')),
  () => {
    const adminKey = `ak_${'EndToEndAdminKeyForTests'.repeat(2)}`;
    const prefix = randomKeyPrefix('model-admin-e2e');
    let testDatabase: TestDatabase;
    let mock: MockLlm;
    let directory: string;
    let api: ApiProcess;
    const keys = {} as Record<Caller, string>;
    const mcp = {} as Record<Caller, Client>;
    const rest = {} as Record<Caller, MappingRegistryClient>;
    let counter = 0;
    const fresh = (label: string) => `${label}-${++counter}`;

    async function spawnMcp(apiKey: string): Promise<Client> {
      const transport = new StdioClientTransport({
        command: process.execPath,
        args: [mcpBin],
        env: { PATH: process.env.PATH ?? '', AIGATEWAY_URL: api.url, AIGATEWAY_API_KEY: apiKey, AIGATEWAY_TIMEOUT_MS: '10000', LOG_LEVEL: 'warn' },
        stderr: 'pipe',
      });
      const client = new Client({ name: 'e2e', version: '1.0.0' });
      await client.connect(transport);
      return client;
    }

    beforeAll(async () => {
      testDatabase = await createTestDatabase(postgresGate.url);
      mock = await startMockLlm({ port: 0 });
      directory = await mkdtemp(join(tmpdir(), 'gw-model-admin-e2e-'));
      const configPath = join(directory, 'gw.json');
      await writeFile(configPath, JSON.stringify(testProviderConfig(`${mock.url}/v1`)));
      api = await startApiProcess({ GW_CONFIG: configPath, DATABASE_URL: testDatabase.url, REDIS_URL: redisGate.url, GW_REDIS_KEY_PREFIX: prefix, GW_ADMIN_KEY: adminKey });
      keys.admin = adminKey;
      const adminRest = createMappingRegistryClient({ baseURL: api.url, apiKey: adminKey });
      keys.alice = (await adminRest.createKey({ owner_id: 'alice' })).key;
      keys.bob = (await adminRest.createKey({ owner_id: 'bob' })).key;
      for (const caller of ['admin', 'alice', 'bob'] as const) {
        rest[caller] = createMappingRegistryClient({ baseURL: api.url, apiKey: keys[caller] });
        mcp[caller] = await spawnMcp(keys[caller]);
      }
    });

    afterAll(async () => {
      for (const client of Object.values(mcp)) await client.close().catch(() => undefined);
      await api?.stop();
      await mock?.close();
      await testDatabase?.drop();
      await deleteRedisKeys(redisGate.url, prefix).catch(() => undefined);
      if (directory) await rm(directory, { recursive: true, force: true });
    });

    /** A new mapping of the given kind, seen from `caller`: their own, another user's, a global one, or a built-in id. */
    async function fixture(caller: Caller, target: Target): Promise<{ alias: string; ownerOfOther?: string }> {
      if (target === 'built-in') return { alias: 'fast-model' };
      if (target === 'global') {
        const alias = fresh('global');
        await rest.admin.createMapping({ alias, target_model: 'fast-model', scope: 'global' });
        return { alias };
      }
      const owner: Caller = target === 'own' ? caller : caller === 'alice' ? 'bob' : 'alice';
      const alias = fresh(`${owner}-map`);
      await rest[owner].createMapping({ alias, target_model: 'fast-model' });
      return { alias, ownerOfOther: owner };
    }

    const status = (result: Awaited<ReturnType<typeof callTool>>): Outcome => (result.isError ? (result.structuredContent.error.status as number) : 200);

    // every operation × own / other's / global / built-in, for the admin and both users
    const updateAndDelete: [Caller, Target, Outcome][] = [
      ['alice', 'own', 200],
      ['alice', "other's", 403],
      ['alice', 'global', 403],
      ['alice', 'built-in', 403],
      ['bob', 'own', 200],
      ['bob', "other's", 403],
      ['bob', 'global', 403],
      ['bob', 'built-in', 403],
      ['admin', 'own', 200],
      ['admin', "other's", 403],
      ['admin', 'global', 200],
      ['admin', 'built-in', 403],
    ];

    it.each(updateAndDelete)('update_mapping as %s on %s → %i', async (caller, target, expected) => {
      const { alias } = await fixture(caller, target);
      const result = await callTool(mcp[caller], 'update_mapping', { alias, description: `changed by ${caller}` });
      expect(status(result)).toBe(expected);
      if (expected === 200) expect(result.structuredContent.mapping.description).toBe(`changed by ${caller}`);
      else expect(result.structuredContent.error.message).toMatch(/another user's alias|only an admin|built-in model/);
    });

    it.each(updateAndDelete)('delete_mapping as %s on %s → %i', async (caller, target, expected) => {
      const { alias, ownerOfOther } = await fixture(caller, target);
      const result = await callTool(mcp[caller], 'delete_mapping', { alias });
      expect(status(result)).toBe(expected);
      if (target === 'built-in') return;
      // Read back as the admin: the row is gone exactly when the delete was allowed.
      const query = target === 'global' ? { scope: 'global' as const } : ownerOfOther === 'admin' ? {} : { owner_id: ownerOfOther! };
      const readBack = await rest.admin.getMapping(alias, query).then(
        () => 200,
        (error: { status: number }) => error.status,
      );
      expect(readBack).toBe(expected === 200 ? 404 : 200);
    });

    it.each([
      ['alice', 'own', 201],
      ['alice', "other's", 403],
      ['alice', 'global', 403],
      ['alice', 'built-in', 409],
      ['bob', 'own', 201],
      ['bob', "other's", 403],
      ['bob', 'global', 403],
      ['bob', 'built-in', 409],
      ['admin', 'own', 201],
      ['admin', "other's", 201],
      ['admin', 'global', 201],
      ['admin', 'built-in', 409],
    ] as [Caller, Target, Outcome][])('create_mapping as %s for %s → %i', async (caller, target, expected) => {
      const other = caller === 'alice' ? 'bob' : 'alice';
      const args: Record<string, unknown> = { alias: target === 'built-in' ? 'strong-model' : fresh(`created-${caller}`), provider_id: 'mock', model_name: 'mock-fast-upstream' };
      if (target === "other's") args.owner_id = other;
      if (target === 'global') args.scope = 'global';
      const result = await callTool(mcp[caller], 'create_mapping', args);
      expect(status(result) === 200 ? 201 : status(result)).toBe(expected);
      if (expected === 201) {
        expect(result.structuredContent.mapping).toMatchObject({
          scope: target === 'global' ? 'global' : 'user',
          owner_id: target === 'global' ? null : target === "other's" ? other : caller === 'admin' ? 'admin' : caller,
        });
      }
    });

    it.each([
      ['alice', 'own', 200],
      ['alice', "other's", 403],
      ['alice', 'global', 200],
      ['alice', 'built-in', 200],
      ['admin', "other's", 403],
    ] as [Caller, Target, Outcome][])('GET /api/v1/model-mappings/:alias as %s on %s → %i', async (caller, target, expected) => {
      const { alias } = await fixture(caller, target);
      const outcome = await rest[caller].getMapping(alias).then(
        () => 200,
        (error: { status: number }) => error.status,
      );
      expect(outcome).toBe(expected);
    });

    it('lets an admin act on another user’s mapping by naming the owner', async () => {
      const { alias } = await fixture('admin', "other's");
      expect(status(await callTool(mcp.admin, 'update_mapping', { alias, enabled: false, owner_id: 'alice' }))).toBe(200);
      expect(status(await callTool(mcp.admin, 'delete_mapping', { alias, owner_id: 'alice' }))).toBe(200);
    });

    it('list_models shows built-in models, global aliases and only the caller’s own', async () => {
      const global = await fixture('alice', 'global');
      const own = await fixture('alice', 'own');
      const others = await fixture('alice', "other's");
      const listed = await callTool(mcp.alice, 'list_models', { page_size: 500 });
      const ids = listed.structuredContent.models.map((model: { id: string }) => model.id);
      expect(ids).toEqual(expect.arrayContaining(['fast-model', 'strong-model', global.alias, own.alias]));
      expect(ids).not.toContain(others.alias);
      expect(listed.structuredContent.models.find((model: { id: string }) => model.id === own.alias)).toMatchObject({ type: 'user', target_model: 'fast-model' });
      expect(listed.structuredContent.models.find((model: { id: string }) => model.id === global.alias)).toMatchObject({ type: 'global' });
      const paged = await callTool(mcp.alice, 'list_models', { page: 1, page_size: 2 });
      expect(paged.structuredContent).toMatchObject({ page: 1, page_size: 2, has_more: true });
      expect(paged.structuredContent.models).toHaveLength(2);
    });

    it('refuses shadowing: a personal alias over a global one or a built-in id, a global one over a built-in id or a personal alias', async () => {
      const global = await fixture('alice', 'global');
      const own = await fixture('alice', 'own');
      expect(status(await callTool(mcp.bob, 'create_mapping', { alias: global.alias, target_model: 'strong-model' }))).toBe(409);
      expect(status(await callTool(mcp.bob, 'create_mapping', { alias: 'fast-model', target_model: 'strong-model' }))).toBe(409);
      expect(status(await callTool(mcp.admin, 'create_mapping', { alias: 'strong-model', target_model: 'fast-model', scope: 'global' }))).toBe(409);
      expect(status(await callTool(mcp.admin, 'create_mapping', { alias: own.alias, target_model: 'fast-model', scope: 'global' }))).toBe(409);
      const renameOntoGlobal = await callTool(mcp.alice, 'update_mapping', { alias: own.alias, new_alias: global.alias });
      expect(status(renameOntoGlobal)).toBe(409);
      expect(renameOntoGlobal.structuredContent.error.message).toContain('global alias');
    });

    it('answers a duplicate with 409 and a message saying what to do', async () => {
      const { alias } = await fixture('bob', 'own');
      const duplicate = await callTool(mcp.bob, 'create_mapping', { alias, target_model: 'strong-model' });
      expect(duplicate.structuredContent.error).toMatchObject({ status: 409, code: 'conflict', message: expect.stringContaining('pick another name') });
    });

    it('renames, disables and enables, and chat requests follow: the upstream gets the mapped model', async () => {
      const { alias } = await fixture('alice', 'own');
      const chat = async (model: string) => {
        const response = await fetch(`${api.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${keys.alice}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model, messages: [{ role: 'user', content: 'ping' }] }),
        });
        return { status: response.status, model: response.headers.get('x-gw-model'), body: (await response.json()) as { choices?: { message: { content: string } }[] } };
      };
      expect(await chat(alias)).toMatchObject({ status: 200, model: 'fast-model', body: { choices: [{ message: { content: '[mock-fast-upstream] echo: ping' } }] } });
      expect(mock.lastRequest()!.body).toMatchObject({ model: 'mock-fast-upstream' });

      const renamed = `${alias}-renamed`;
      expect(status(await callTool(mcp.alice, 'update_mapping', { alias, new_alias: renamed, model_name: 'mock-strong-upstream' }))).toBe(200);
      expect((await chat(alias)).status).toBe(404);
      expect(await chat(renamed)).toMatchObject({ status: 200, model: 'strong-model' });
      expect(mock.lastRequest()!.body).toMatchObject({ model: 'mock-strong-upstream' });

      expect(status(await callTool(mcp.alice, 'update_mapping', { alias: renamed, enabled: false }))).toBe(200);
      expect((await chat(renamed)).status).toBe(404);
      expect(status(await callTool(mcp.alice, 'update_mapping', { alias: renamed, enabled: true }))).toBe(200);
      expect((await chat(renamed)).status).toBe(200);
      // Bob has no such alias: the name means nothing for him.
      const bobChat = await fetch(`${api.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'x-api-key': keys.bob, 'content-type': 'application/json' },
        body: JSON.stringify({ model: renamed, messages: [{ role: 'user', content: 'ping' }] }),
      });
      expect(bobChat.status).toBe(404);
    });

    it('refuses a revoked key within one request, through the MCP server too', async () => {
      const created = await rest.admin.createKey({ owner_id: 'dave' });
      const dave = await spawnMcp(created.key);
      try {
        expect(status(await callTool(dave, 'list_models', {}))).toBe(200);
        await rest.admin.revokeKey(created.id);
        const refused = await callTool(dave, 'list_models', {});
        expect(refused.structuredContent.error).toMatchObject({ status: 401, message: expect.stringContaining('revoked') });
      } finally {
        await dave.close();
      }
    });

    it('lets only the admin manage keys over REST', async () => {
      await expect(rest.alice.listKeys()).rejects.toMatchObject({ status: 403 });
      await expect(rest.alice.createKey({})).rejects.toMatchObject({ status: 403 });
      const keyList = await rest.admin.listKeys();
      expect(keyList.data.map((key) => key.owner_id)).toEqual(expect.arrayContaining(['admin', 'alice', 'bob']));
    });
  },
);
