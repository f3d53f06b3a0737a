import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTool, startInProcessGateway, type InProcessGateway } from '../test/in-process-gateway.js';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

describe('model-admin MCP server (in memory, against an in-process gw-api)', () => {
  let gateway: InProcessGateway;
  let aliceKey: string;
  let alice: Client;
  beforeAll(async () => {
    gateway = await startInProcessGateway();
    aliceKey = await gateway.createUserKey('alice');
    alice = await gateway.connect({ apiKey: aliceKey });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('lists the four tools with the source spec’s arguments', async () => {
    const { tools } = await alice.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['create_mapping', 'delete_mapping', 'list_models', 'update_mapping']);
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, Object.keys(tool.inputSchema.properties ?? {})]));
    expect(byName.create_mapping).toEqual(expect.arrayContaining(['api_key', 'alias', 'provider_id', 'model_name', 'description']));
    expect(byName.update_mapping).toEqual(expect.arrayContaining(['api_key', 'alias', 'new_alias', 'provider_id', 'model_name', 'description', 'enabled']));
    expect(byName.list_models).toEqual(expect.arrayContaining(['api_key', 'page', 'page_size', 'limit', 'offset']));
  });

  it('creates, lists (built-in, global, mine), updates, disables and deletes, with JSON structuredContent', async () => {
    const created = await callTool(alice, 'create_mapping', { alias: 'my-gpt', provider_id: 'mock', model_name: 'mock-fast-upstream', description: 'mine' });
    expect(created.isError).toBeFalsy();
    expect(created.structuredContent).toMatchObject({ created: true, mapping: { alias: 'my-gpt', target_model: 'mock/mock-fast-upstream', scope: 'user', owner_id: 'alice' } });
    expect(JSON.parse((created.content as { text: string }[])[0]!.text)).toEqual(created.structuredContent);

    const listed = await callTool(alice, 'list_models', {});
    expect(listed.structuredContent).toMatchObject({ total: 3, counts: { built_in: 2, global: 0, mine: 1 }, has_more: false });
    expect(listed.structuredContent.models).toContainEqual(expect.objectContaining({ id: 'my-gpt', type: 'user', target_model: 'mock/mock-fast-upstream', enabled: true }));

    // Empty strings mean "unchanged", as aigateway-mcp sent them.
    const updated = await callTool(alice, 'update_mapping', { alias: 'my-gpt', new_alias: 'my-model', provider_id: '', model_name: 'mock-strong-upstream', description: '', enabled: false });
    expect(updated.structuredContent).toMatchObject({ updated: true, mapping: { alias: 'my-model', target_model: 'mock/mock-strong-upstream', description: 'mine', enabled: false } });
    expect((await callTool(alice, 'list_models', {})).structuredContent.models).toContainEqual(expect.objectContaining({ id: 'my-model', enabled: false }));
    expect((await callTool(alice, 'list_models', { include_disabled: false })).structuredContent.total).toBe(2);
    await callTool(alice, 'update_mapping', { alias: 'my-model', enabled: true });

    const deleted = await callTool(alice, 'delete_mapping', { alias: 'my-model' });
    expect(deleted.structuredContent).toMatchObject({ deleted: true, mapping: { alias: 'my-model' } });
    expect((await callTool(alice, 'list_models', {})).structuredContent.total).toBe(2);
  });

  it('pages with page/page_size and with limit/offset', async () => {
    for (const index of [1, 2, 3, 4]) await callTool(alice, 'create_mapping', { alias: `paged-${index}`, target_model: 'fast-model' });
    const second = await callTool(alice, 'list_models', { page: 2, page_size: 2 });
    expect(second.structuredContent).toMatchObject({ total: 6, page: 2, page_size: 2, offset: 2, has_more: true });
    expect(second.structuredContent.models.map((model: { id: string }) => model.id)).toEqual(['paged-1', 'paged-2']);
    const last = await callTool(alice, 'list_models', { limit: 4, offset: 4 });
    expect(last.structuredContent).toMatchObject({ offset: 4, limit: 4, has_more: false });
    expect(last.structuredContent.models.map((model: { id: string }) => model.id)).toEqual(['paged-3', 'paged-4']);
  });

  it('turns HTTP failures into isError results with the status and the server’s message', async () => {
    const duplicate = await callTool(alice, 'create_mapping', { alias: 'paged-1', target_model: 'fast-model' });
    expect(duplicate.isError).toBe(true);
    expect(duplicate.structuredContent.error).toMatchObject({ status: 409, code: 'conflict', message: expect.stringContaining('You already have an alias "paged-1"') });
    expect((duplicate.content as { text: string }[])[0]!.text).toMatch(/^HTTP 409 \(conflict\): You already have/);
    const builtIn = await callTool(alice, 'delete_mapping', { alias: 'fast-model' });
    expect(builtIn.structuredContent.error).toMatchObject({ status: 403, message: expect.stringContaining('built-in') });
    const missing = await callTool(alice, 'update_mapping', { alias: 'nope', enabled: false });
    expect(missing.structuredContent.error.status).toBe(404);
    const invalid = await callTool(alice, 'create_mapping', { alias: 'x', target_model: 'no-such-model' });
    expect(invalid.structuredContent.error).toMatchObject({ status: 400, message: expect.stringContaining('"no-such-model"') });
  });

  it('takes the api_key argument over AIGATEWAY_API_KEY, and says so when there is none', async () => {
    const bobKey = await gateway.createUserKey('bob');
    const asBob = await callTool(alice, 'create_mapping', { api_key: bobKey, alias: 'bobs', target_model: 'strong-model' });
    expect(asBob.structuredContent.mapping.owner_id).toBe('bob');
    const keyless = await gateway.connect({ apiKey: undefined });
    const refused = await callTool(keyless, 'list_models', {});
    expect(refused.isError).toBe(true);
    expect((refused.content as { text: string }[])[0]!.text).toContain('AIGATEWAY_API_KEY');
    expect((await callTool(keyless, 'list_models', { api_key: aliceKey })).isError).toBeFalsy();
    const wrong = await callTool(keyless, 'list_models', { api_key: `ak_${'w'.repeat(40)}` });
    expect(wrong.structuredContent.error).toMatchObject({ status: 401 });
  });

  it('reports a gateway that does not answer in time, or at all', async () => {
    const unreachable = await gateway.connect({ baseURL: 'http://127.0.0.1:9', apiKey: aliceKey });
    expect((await callTool(unreachable, 'list_models', {})).structuredContent.error).toMatchObject({ status: 502, code: 'connection_failed' });
    const slow = await gateway.connect({ apiKey: aliceKey, timeoutMs: 1 });
    expect((await callTool(slow, 'list_models', {})).structuredContent.error).toMatchObject({ status: 504, code: 'timeout' });
  });
});
