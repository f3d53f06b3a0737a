import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKey, startInProcessApi, type InProcessApi } from '../test/in-process-api.js';

async function raw(api: InProcessApi, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(`${api.url}${path}`, { method, headers: options.headers, ...(options.body === undefined ? {} : { body: options.body }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describe('createApiServer (in process, PGlite, mock upstream)', () => {
  let api: InProcessApi;
  let aliceKey: string;
  beforeAll(async () => {
    api = await startInProcessApi();
    aliceKey = (await api.client().createKey({ owner_id: 'alice', name: 'alice laptop' })).key;
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('auth', () => {
    it('serves /health without a key', async () => {
      const response = await raw(api, 'GET', '/health');
      expect(response).toMatchObject({ status: 200, json: { status: 'ok', database: 'pglite', cache: 'memory' } });
    });

    it('answers 401 with a JSON body saying what to send, for no key, a bad key, or an unknown route', async () => {
      const none = await raw(api, 'GET', '/v1/models');
      expect(none.status).toBe(401);
      expect(none.json).toEqual({ error: { code: 'unauthorized', message: expect.stringContaining('X-API-Key: ak_') } });
      expect((await raw(api, 'GET', '/v1/models', { headers: { 'x-api-key': 'ak_nope' } })).status).toBe(401);
      expect((await raw(api, 'GET', '/v1/models', { headers: { authorization: `Bearer ak_${'z'.repeat(40)}` } })).status).toBe(401);
      expect((await raw(api, 'GET', '/nowhere')).status).toBe(401);
    });

    it('accepts X-API-Key and Authorization: Bearer', async () => {
      expect((await raw(api, 'GET', '/v1/models', { headers: { 'x-api-key': aliceKey } })).status).toBe(200);
      expect((await raw(api, 'GET', '/v1/models', { headers: { authorization: `Bearer ${aliceKey}` } })).status).toBe(200);
      expect((await raw(api, 'GET', '/nowhere', { headers: { 'x-api-key': aliceKey } })).json).toEqual({ error: { code: 'not_found', message: 'No route GET /nowhere.' } });
    });

    it('refuses a revoked key on the very next request', async () => {
      const created = await api.client().createKey({ owner_id: 'temp' });
      expect((await api.client(created.key).listModels()).object).toBe('list');
      await api.client().revokeKey(created.id);
      const error = await api.client(created.key).listModels().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ status: 401, message: expect.stringContaining('revoked') });
    });
  });

  describe('keys (admin)', () => {
    it('creates (key shown once), lists without the key, revokes; users get 403', async () => {
      const created = await api.client().createKey({ owner_id: 'bob', role: 'user' });
      expect(created).toMatchObject({ key: expect.stringMatching(/^ak_[A-Za-z0-9]{40}$/), owner_id: 'bob', role: 'user', key_prefix: created.key.slice(0, 11) });
      const listed = await api.client().listKeys({ owner_id: 'bob' });
      expect(listed.data).toEqual([expect.objectContaining({ id: created.id, revoked_at: null })]);
      expect(JSON.stringify(listed)).not.toContain(created.key);
      const forbidden = await api.client(aliceKey).createKey({}).catch((caught: unknown) => caught);
      expect(forbidden).toMatchObject({ status: 403, code: 'forbidden' });
      const invalid = await api.client().createKey({ role: 'root' as 'admin' }).catch((caught: unknown) => caught);
      expect(invalid).toMatchObject({ status: 400, message: expect.stringContaining('"role"') });
    });
  });

  describe('mappings and models', () => {
    it('creates with the source spec’s fields and lists it in /v1/models with its target', async () => {
      const created = await api.client(aliceKey).createMapping({ alias: 'my-fast', provider_id: 'mock', model_name: 'mock-fast-upstream', description: 'mine' });
      expect(created).toMatchObject({ alias: 'my-fast', scope: 'user', owner_id: 'alice', target_model: 'mock/mock-fast-upstream', provider_id: 'mock', model_name: 'mock-fast-upstream', enabled: true });
      const models = await api.client(aliceKey).listModels();
      expect(models.data.map((model) => model.id)).toEqual(['fast-model', 'strong-model', 'my-fast']);
      expect(models.data[2]).toMatchObject({ object: 'model', owned_by: 'gw:user', target_model: 'mock/mock-fast-upstream', gw: { type: 'user', enabled: true } });
      expect((await api.client().listModels()).data.map((model) => model.id)).not.toContain('my-fast');
    });

    it('answers 400, 403, 404 and 409 with messages that say what to fix', async () => {
      const alice = api.client(aliceKey);
      expect(await alice.createMapping({ alias: 'bad/alias', model: 'fast-model' }).catch((caught: unknown) => caught)).toMatchObject({ status: 400, message: expect.stringContaining('no "/"') });
      expect(await alice.createMapping({ alias: 'x', model: 'http://127.0.0.1:1/v1' }).catch((caught: unknown) => caught)).toMatchObject({ status: 400 });
      expect(await alice.createMapping({ alias: 'fast-model', model: 'strong-model' }).catch((caught: unknown) => caught)).toMatchObject({ status: 409, message: expect.stringContaining('built-in') });
      expect(await alice.createMapping({ alias: 'my-fast', model: 'strong-model' }).catch((caught: unknown) => caught)).toMatchObject({ status: 409 });
      expect(await alice.createMapping({ alias: 'glob', model: 'strong-model', scope: 'global' }).catch((caught: unknown) => caught)).toMatchObject({ status: 403 });
      expect(await alice.updateMapping('absent', { enabled: false }).catch((caught: unknown) => caught)).toMatchObject({ status: 404 });
      expect(await alice.updateMapping('my-fast', {}).catch((caught: unknown) => caught)).toMatchObject({ status: 400, message: expect.stringContaining('Nothing to update') });
      const badJson = await raw(api, 'POST', '/api/v1/model-mappings', { headers: { 'x-api-key': aliceKey, 'content-type': 'application/json' }, body: '{"alias":' });
      expect(badJson.status).toBe(400);
      expect(badJson.json).toMatchObject({ error: { code: 'invalid_request' } });
    });

    it('updates partially, renames, disables and enables, deletes', async () => {
      const alice = api.client(aliceKey);
      await alice.createMapping({ alias: 'flip', target_model: 'fast-model' });
      expect(await alice.updateMapping('flip', { target_model: 'strong-model' })).toMatchObject({ target_model: 'strong-model', description: null, enabled: true });
      expect(await alice.updateMapping('flip', { new_alias: 'flop' })).toMatchObject({ alias: 'flop', target_model: 'strong-model' });
      expect(await alice.getMapping('flop')).toMatchObject({ alias: 'flop' });
      await alice.updateMapping('flop', { enabled: false });
      expect((await alice.listModels()).data.map((model) => model.id)).not.toContain('flop');
      expect((await alice.listModels({ include_disabled: true })).data.find((model) => model.id === 'flop')).toMatchObject({ gw: { enabled: false } });
      await alice.updateMapping('flop', { enabled: true });
      expect((await alice.listModels()).data.map((model) => model.id)).toContain('flop');
      expect(await alice.deleteMapping('flop')).toMatchObject({ deleted: true, mapping: { alias: 'flop' } });
      expect((await alice.listMappings()).data.map((mapping) => mapping.alias)).not.toContain('flop');
    });
  });

  describe('POST /v1/chat/completions', () => {
    it('sends the alias’s target upstream and says which model served it (JSON)', async () => {
      await api.client().createMapping({ alias: 'team-strong', target_model: 'strong-model', scope: 'global' });
      const openai = new OpenAI({ apiKey: aliceKey, baseURL: `${api.url}/v1`, maxRetries: 0 });
      const { data, response } = await openai.chat.completions.create({ model: 'team-strong', messages: [{ role: 'user', content: 'hello there' }] }).withResponse();
      expect(api.mock.lastRequest()!.body).toMatchObject({ model: 'mock-strong-upstream' });
      expect(data.choices[0]!.message.content).toBe('[mock-strong-upstream] echo: hello there');
      expect(response.headers.get('x-gw-model')).toBe('strong-model');
      expect((data as unknown as { gw: Record<string, unknown> }).gw).toMatchObject({ model: 'strong-model', upstreamModel: 'mock-strong-upstream', alias: 'team-strong', aliasScope: 'global' });
    });

    it('streams through a user alias (SSE), ending with [DONE]', async () => {
      const openai = new OpenAI({ apiKey: aliceKey, baseURL: `${api.url}/v1`, maxRetries: 0 });
      const stream = await openai.chat.completions.create({ model: 'my-fast', stream: true, messages: [{ role: 'user', content: 'stream me' }] });
      let text = '';
      let gw: Record<string, unknown> | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        gw = (chunk as unknown as { gw?: Record<string, unknown> }).gw ?? gw;
      }
      expect(text).toBe('[mock-fast-upstream] echo: stream me');
      expect(api.mock.lastRequest()!.body).toMatchObject({ model: 'mock-fast-upstream', stream: true });
      expect(gw).toMatchObject({ model: 'fast-model', upstreamModel: 'mock-fast-upstream', alias: 'my-fast', aliasScope: 'user' });
      const sse = await raw(api, 'POST', '/v1/chat/completions', {
        headers: { 'x-api-key': aliceKey, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'my-fast', stream: true, messages: [{ role: 'user', content: 'raw' }] }),
      });
      expect(sse.headers.get('content-type')).toContain('text/event-stream');
      expect(sse.headers.get('x-gw-model')).toBe('fast-model');
      expect(sse.text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    });

    it('gives an unknown model 404, a bad body 400, an upstream failure its status (JSON) or an error event (SSE), and a cut stream an error event without [DONE]', async () => {
      const headers = { 'x-api-key': aliceKey, 'content-type': 'application/json' };
      const unknown = await raw(api, 'POST', '/v1/chat/completions', { headers, body: JSON.stringify({ model: 'nope', messages: [{ role: 'user', content: 'x' }] }) });
      expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'model_not_found' } } });
      const empty = await raw(api, 'POST', '/v1/chat/completions', { headers, body: JSON.stringify({ model: 'fast-model', messages: [] }) });
      expect(empty).toMatchObject({ status: 400, json: { error: { code: 'invalid_request', message: expect.stringContaining('"messages"') } } });
      const failed = await raw(api, 'POST', '/v1/chat/completions', { headers, body: JSON.stringify({ model: 'fast-model', messages: [{ role: 'user', content: '[[mock: status=500]] x' }] }) });
      expect(failed.status).toBe(500);
      expect(failed.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      // Stream headers go out before the upstream answers, so a failure before any output is an error event.
      const failedStream = await raw(api, 'POST', '/v1/chat/completions', {
        headers,
        body: JSON.stringify({ model: 'fast-model', stream: true, messages: [{ role: 'user', content: '[[mock: status=500]] x' }] }),
      });
      expect(failedStream.status).toBe(200);
      expect(failedStream.text).toMatch(/^data: \{"error":\{"code":"[a-z_]+","message":/);
      expect(failedStream.text).not.toContain('[DONE]');
      const cut = await raw(api, 'POST', '/v1/chat/completions', {
        headers,
        body: JSON.stringify({ model: 'fast-model', stream: true, messages: [{ role: 'user', content: '[[mock: cut_after=2]] one two three four five' }] }),
      });
      expect(cut.status).toBe(200);
      expect(cut.text).toContain('data: {"error":');
      expect(cut.text).not.toContain('[DONE]');
    });
  });

  it('keeps the admin key out of every response', () => {
    expect(adminKey.startsWith('ak_')).toBe(true);
  });
});
