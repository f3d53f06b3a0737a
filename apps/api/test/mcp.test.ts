import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcessApi, type InProcessApi } from './in-process-api.js';

describe('/mcp: MCP over Streamable HTTP with the gateway toolset (PGlite, mock upstream)', () => {
  let api: InProcessApi;
  let aliceKey: string;
  const connect = async (headers: Record<string, string>) => {
    const client = new Client({ name: 'api-test-client', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${api.url}/mcp`), { requestInit: { headers } }));
    return client;
  };

  beforeAll(async () => {
    api = await startInProcessApi();
    aliceKey = (await api.client().createKey({ owner_id: 'alice' })).key;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the gateway tools and answers chat_completion from the upstream', async () => {
    const client = await connect({ 'X-API-Key': aliceKey });
    try {
      expect(client.getServerVersion()).toMatchObject({ name: 'gw-api' });
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['chat_completion', 'list_models']));

      api.mock.reset();
      const result = await client.callTool({ name: 'chat_completion', arguments: { model: 'fast-model', messages: [{ role: 'user', content: 'hello over http' }] } });
      expect(result.isError).toBeFalsy();
      const text = (result.content as { type: string; text?: string }[]).map((part) => part.text ?? '').join('');
      expect(text).toContain('[mock-fast-upstream] echo: hello over http');
      expect(result.structuredContent).toMatchObject({ model: 'fast-model', provider: 'mock', upstream_model: 'mock-fast-upstream' });
      expect(api.mock.lastRequest()!.body).toMatchObject({ model: 'mock-fast-upstream' });

      const models = await client.callTool({ name: 'list_models', arguments: {} });
      expect(JSON.stringify(models.structuredContent)).toContain('strong-model');
    } finally {
      await client.close();
    }
  });

  it('refuses a client without a key (401) and answers GET and DELETE with 405', async () => {
    const error = await connect({}).catch((caught: unknown) => caught);
    // The SDK's StreamableHTTPError carries the HTTP status as `code`.
    expect(error).toMatchObject({ code: 401, message: expect.stringContaining('X-API-Key') });
    const raw = await fetch(`${api.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(raw.status).toBe(401);
    expect(await raw.json()).toMatchObject({ error: { code: 'unauthorized' } });

    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(`${api.url}/mcp`, { method, headers: { 'x-api-key': aliceKey, accept: 'text/event-stream' } });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });
});

describe('/mcp with GW_TOOLSETS=gateway,code: the code agent over MCP', () => {
  let api: InProcessApi;
  let aliceKey: string;

  beforeAll(async () => {
    api = await startInProcessApi({ mcp: { toolsets: ['gateway', 'code'] } });
    aliceKey = (await api.client().createKey({ owner_id: 'alice' })).key;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists code_agent next to the gateway tools and runs it on the API’s router and context store', async () => {
    const client = new Client({ name: 'api-test-client', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${api.url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${aliceKey}` } } }));
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['chat_completion', 'list_models', 'code_agent']));
      const steps = [{ title: 'Only step', detail: 'Write it' }];
      api.mock.setRules([`reply=${encodeURIComponent(JSON.stringify({ steps }))} times=1`]);
      const result = await client.callTool({ name: 'code_agent', arguments: { task: 'Write a sum function', max_steps: 1 } });
      expect(result.isError).toBeFalsy();
      const output = result.structuredContent as { todo: { id: string; items: { text: string; done: boolean }[] } };
      expect(output.todo.items).toEqual([{ text: 'Only step', done: true }]);
      expect(await api.readFromDatabase().getTodoList(output.todo.id)).toMatchObject({ title: 'code_agent: Write a sum function' });
    } finally {
      await client.close();
    }
  });
});
