import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startInProcessApi, type InProcessApi } from './in-process-api.js';

/** A mock rule whose answer is this plan (the plan call is the first chat request of a run). */
function planRule(titles: readonly (string | { title: string; detail: string })[]): string {
  const steps = titles.map((item) => (typeof item === 'string' ? { title: item, detail: `Do: ${item}` } : item));
  return `reply=${encodeURIComponent(JSON.stringify({ steps }))} times=1`;
}

function userTextOf(body: unknown): string {
  const messages = (body as { messages?: { role: string; content: unknown }[] }).messages ?? [];
  return messages
    .filter((message) => message.role === 'user')
    .map((message) => (typeof message.content === 'string' ? message.content : JSON.stringify(message.content)))
    .join('\n');
}

describe('POST /v1/code-agent (PGlite, mock upstream)', () => {
  let api: InProcessApi;
  let aliceKey: string;
  const post = (body: unknown, headers: Record<string, string> = { 'x-api-key': aliceKey }) =>
    fetch(`${api.url}/v1/code-agent`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startInProcessApi();
    aliceKey = (await api.client().createKey({ owner_id: 'alice' })).key;
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(() => api.mock.reset());

  it('plans, runs each step through the router and answers with the code, the TODO state and the cost; the TODO list is stored under the key’s user', async () => {
    api.mock.setRules([planRule(['Write the function', 'Add the tests'])]);
    const response = await post({ task: 'Write a sum function', conversation_id: 'conversation-http', max_steps: 3 });
    expect(response.status).toBe(200);
    const output = (await response.json()) as {
      code: string;
      todo: { id: string; items: { text: string; done: boolean }[] };
      plan: { model: string };
      steps: { title: string; model: string }[];
      total_cost_usd: number;
      warnings: string[];
    };
    expect(output.todo.items).toEqual([
      { text: 'Write the function', done: true },
      { text: 'Add the tests', done: true },
    ]);
    expect(output.steps.map((step) => step.title)).toEqual(['Write the function', 'Add the tests']);
    expect(output.plan.model).toEqual(expect.any(String));
    expect(output.code).toContain('echo:');
    expect(output.total_cost_usd).toBeGreaterThan(0);

    // One plan call, then one call per step, all over real HTTP to the mock.
    const chats = api.mock.requests().filter((request) => request.method === 'POST');
    expect(chats).toHaveLength(3);
    expect(userTextOf(chats[0]!.body)).toContain('Write a sum function');
    expect(userTextOf(chats[1]!.body)).toContain('Write the function');
    expect(userTextOf(chats[2]!.body)).toContain('Add the tests');

    const stored = await api.readFromDatabase().getTodoList(output.todo.id);
    expect(stored).toMatchObject({ userId: 'alice', conversationId: 'conversation-http', title: 'code_agent: Write a sum function' });
    expect(stored!.items.map((item) => ({ text: item.text, done: item.done }))).toEqual(output.todo.items);
  });

  it('answers a stopped run with its status, stage, step, TODO state and cost', async () => {
    api.mock.setRules([planRule(['Works', { title: 'Breaks', detail: 'Now [[mock: status=400]]' }])]);
    const response = await post({ task: 'Write a sum function', max_steps: 2 });
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: expect.any(String), message: expect.stringContaining('Step 2 of 2'), stage: 'step', step: 2, total_cost_usd: expect.any(Number) });
    expect(body.error.todo).toMatchObject({ items: [{ text: 'Works', done: true }, { done: false }] });
  });

  it('answers 400 with the validation message for a bad body, before any model call', async () => {
    const empty = await post({ task: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: { code: 'invalid_request', message: expect.stringContaining('task must not be empty') } });
    const tooMany = await post({ task: 'x', max_steps: 20 });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: { message: string } }).error.message).toContain('"max_steps"');
    expect(api.mock.requests().filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('answers 401 without a key', async () => {
    const response = await post({ task: 'Write a sum function' }, {});
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(api.mock.requests()).toHaveLength(0);
  });
});
