import { describe, expect, it } from 'vitest';
import { startMockLlm } from './start-mock-llm.js';
import { postJson, readRawBody, useMockLlm } from './test-server.test-helper.js';

const mock = useMockLlm();

describe('startMockLlm', () => {
  it('listens on 127.0.0.1 and a free port by default', () => {
    expect(mock.current.url).toBe(`http://127.0.0.1:${mock.current.port}`);
    expect(mock.current.port).toBeGreaterThan(0);
  });

  it('records requests with path, query, lower-case headers and the parsed body', async () => {
    await postJson(`${mock.current.url}/v1/chat/completions?trace=on`, { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }, { 'X-Custom': 'Yes' });
    await fetch(`${mock.current.url}/v1/messages`, { method: 'POST', body: 'not json' });
    await fetch(`${mock.current.url}/__mock/health`);
    const requests = mock.current.requests();
    expect(requests).toHaveLength(2);
    expect(requests[0]).toEqual({
      method: 'POST',
      path: '/v1/chat/completions',
      query: { trace: 'on' },
      headers: expect.objectContaining({ 'x-custom': 'Yes', 'content-type': 'application/json' }),
      body: { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] },
      receivedAt: expect.any(Number),
    });
    expect(mock.current.lastRequest()).toMatchObject({ path: '/v1/messages', body: 'not json' });
    const overHttp = (await (await fetch(`${mock.current.url}/__mock/requests`)).json()) as unknown[];
    expect(overHttp).toEqual(JSON.parse(JSON.stringify(requests)));
  });

  it('answers an unknown path with a 404 JSON error', async () => {
    const response = await fetch(`${mock.current.url}/v2/unknown`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining('/v2/unknown') } });
  });

  it('answers health, and resets requests, rules and times counters', async () => {
    expect(await (await fetch(`${mock.current.url}/__mock/health`)).json()).toEqual({ status: 'ok' });
    const url = `${mock.current.url}/v1/chat/completions`;
    const body = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi [[mock: status=500 times=1]]' }] };
    expect((await postJson(url, body)).status).toBe(500);
    expect((await postJson(url, body)).status).toBe(200);
    mock.current.setRules(['status=418']);
    expect((await postJson(`${mock.current.url}/__mock/reset`, {})).status).toBe(200);
    expect(mock.current.requests()).toEqual([]);
    expect((await postJson(url, body)).status).toBe(500);
    mock.current.reset();
    expect((await postJson(url, { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })).status).toBe(200);
  });

  it('replaces the rules with POST /__mock/rules, and rejects a body that is not a string array', async () => {
    const url = `${mock.current.url}/v1/chat/completions`;
    const body = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
    expect((await postJson(`${mock.current.url}/__mock/rules`, ['status=429 times=1'])).status).toBe(200);
    expect((await postJson(url, body)).status).toBe(429);
    expect((await postJson(url, body)).status).toBe(200);
    // Setting the same rule again gives it a fresh budget.
    await postJson(`${mock.current.url}/__mock/rules`, ['status=429 times=1']);
    expect((await postJson(url, body)).status).toBe(429);
    expect((await postJson(`${mock.current.url}/__mock/rules`, { status: 500 })).status).toBe(400);
    await postJson(`${mock.current.url}/__mock/rules`, []);
    expect((await postJson(url, body)).status).toBe(200);
  });

  it('applies the rules option from the start, and the chunkDelayMs default', async () => {
    const shaped = await startMockLlm({ rules: ['reply=configured'], chunkDelayMs: 20 });
    try {
      const started = performance.now();
      const body = await readRawBody(
        await postJson(`${shaped.url}/v1/chat/completions`, { model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
      );
      expect(body.text).toContain('"content":"configured"');
      expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 20 - 5);
    } finally {
      await shaped.close();
    }
  });

  it('destroys open sockets on close, so a hanging stream ends at once', async () => {
    const closing = await startMockLlm({ chunkDelayMs: 10_000 });
    const response = await postJson(`${closing.url}/v1/chat/completions`, { model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'hi' }] });
    const reading = readRawBody(response);
    const started = performance.now();
    await closing.close();
    const body = await reading;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(body.error).toBeDefined();
    await closing.close();
  });
});
