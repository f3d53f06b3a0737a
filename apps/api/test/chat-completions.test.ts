import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectionObserver, type ConnectionObserver } from './connection-observer.js';
import { startInProcessApi, type InProcessApi } from './in-process-api.js';

type Gw = Record<string, unknown> & { routing?: Record<string, unknown> };

describe('POST /v1/chat/completions through the router, logged to llm_calls (PGlite, mock upstream)', () => {
  let api: InProcessApi;
  let observer: ConnectionObserver;
  let aliceKey: string;
  let aliceKeyId: string;
  let openai: OpenAI;
  const post = (body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    fetch(`${api.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'x-api-key': aliceKey, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });

  beforeAll(async () => {
    // Upstream traffic goes through a TCP observer, so tests can see when gw drops an upstream connection.
    api = await startInProcessApi({
      upstreamURL: async (mock) => {
        observer = await startConnectionObserver(mock.port);
        return observer.url;
      },
    });
    const created = await api.client().createKey({ owner_id: 'alice' });
    aliceKey = created.key;
    aliceKeyId = created.id;
    openai = new OpenAI({ apiKey: aliceKey, baseURL: `${api.url}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await api?.close();
    await observer?.close();
  });

  it('routes model "auto" (and no model) and says what served it: gw extras, x-gw-model, x-gw-cost-usd, a generated x-request-id', async () => {
    const { data, response } = await openai.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'hello router' }] }).withResponse();
    const gw = (data as unknown as { gw: Gw }).gw;
    expect(gw).toMatchObject({ provider: 'mock', model: 'fast-model', tier: 1, costUsd: expect.any(Number), tokens: { input: expect.any(Number), output: expect.any(Number) } });
    expect(gw.routing).toMatchObject({ mode: 'auto', attempts: [expect.objectContaining({ model: 'fast-model', outcome: 'success' })] });
    expect(response.headers.get('x-gw-model')).toBe('fast-model');
    expect(Number(response.headers.get('x-gw-cost-usd'))).toBeCloseTo(gw.costUsd as number, 9);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await api.callRow(requestId)).toMatchObject({
      requestId,
      userId: 'alice',
      apiKeyId: aliceKeyId,
      provider: 'mock',
      model: 'fast-model',
      tier: 1,
      inputTokens: (gw.tokens as { input: number }).input,
      outputTokens: (gw.tokens as { output: number }).output,
      status: 'success',
      errorCode: null,
    });
    expect(Number((await api.callRow(requestId))!.costUsd)).toBeCloseTo(gw.costUsd as number, 9);

    const noModel = await post({ messages: [{ role: 'user', content: 'no model named' }] });
    expect(noModel.status).toBe(200);
    expect(((await noModel.json()) as { gw: Gw }).gw.routing).toMatchObject({ mode: 'auto' });
  });

  it('calls an explicit model or alias as that deployment, echoes the client x-request-id and logs the row under it', async () => {
    await api.client(aliceKey).createMapping({ alias: 'mine-strong', target_model: 'strong-model' });
    const { data, response } = await openai.chat.completions
      .create({ model: 'mine-strong', messages: [{ role: 'user', content: 'explicit' }] }, { headers: { 'x-request-id': 'client-request-0001' } })
      .withResponse();
    expect(response.headers.get('x-request-id')).toBe('client-request-0001');
    expect(response.headers.get('x-gw-model')).toBe('strong-model');
    expect((data as unknown as { gw: Gw }).gw).toMatchObject({ model: 'strong-model', tier: 2, alias: 'mine-strong', routing: { mode: 'explicit' } });
    expect(api.mock.lastRequest()!.body).toMatchObject({ model: 'mock-strong-upstream' });
    expect(await api.callRow('client-request-0001')).toMatchObject({ model: 'strong-model', tier: 2, status: 'success', userId: 'alice' });
  });

  it('streams with the real openai client: every chunk, then the gw metadata with the routing trace', async () => {
    const stream = await openai.chat.completions.create({ model: 'auto', stream: true, messages: [{ role: 'user', content: 'stream through the router' }] });
    let text = '';
    let gw: Gw | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      gw = (chunk as unknown as { gw?: Gw }).gw ?? gw;
    }
    expect(text).toBe('[mock-fast-upstream] echo: stream through the router');
    expect(gw).toMatchObject({ provider: 'mock', model: 'fast-model', routing: { mode: 'auto', streamed: true } });
  });

  it('flushes stream headers at once, before the upstream answers', async () => {
    const started = performance.now();
    const response = await post({ model: 'fast-model', stream: true, messages: [{ role: 'user', content: '[[mock: stall=1500]] slow start' }] }, { 'x-request-id': 'stream-headers-at-once' });
    const headersAfter = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('x-request-id')).toBe('stream-headers-at-once');
    expect(response.headers.get('x-gw-model')).toBe('fast-model');
    expect(headersAfter).toBeLessThan(1000);
    const text = await response.text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('forwards every chunk as it arrives (no batching)', async () => {
    const response = await post({ model: 'fast-model', stream: true, messages: [{ role: 'user', content: '[[mock: chunk_delay=250]] one two three four' }] });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const arrivals: { at: number; text: string }[] = [];
    const started = performance.now();
    for (let read = await reader.read(); !read.done; read = await reader.read()) arrivals.push({ at: performance.now() - started, text: decoder.decode(read.value) });
    const contentArrivals = arrivals.filter((arrival) => arrival.text.includes('"content":"'));
    expect(contentArrivals.length).toBeGreaterThanOrEqual(4);
    // Consecutive pieces arrive about chunk_delay apart, not all together at the end.
    const last = contentArrivals.at(-1)!.at;
    expect(last - contentArrivals[0]!.at).toBeGreaterThan(500);
  });

  it('aborts the upstream call when the client disconnects, and logs the call as partial (client_closed)', async () => {
    const controller = new AbortController();
    const response = await post(
      { model: 'fast-model', stream: true, messages: [{ role: 'user', content: `[[mock: chunk_delay=100 words=100]] long answer` }] },
      { 'x-request-id': 'client-goes-away' },
      controller.signal,
    );
    const reader = response.body!.getReader();
    let seen = '';
    while (!seen.includes('"content"')) seen += new TextDecoder().decode((await reader.read()).value);
    expect(observer.open()).toBeGreaterThanOrEqual(1);
    controller.abort();
    const deadline = Date.now() + 2_000;
    while (observer.open() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(observer.open()).toBe(0);
    let row = await api.callRow('client-goes-away');
    while (!row && Date.now() < deadline) row = await api.callRow('client-goes-away');
    expect(row).toMatchObject({ status: 'partial', errorCode: 'client_closed', model: 'fast-model', userId: 'alice' });
    expect(row!.durationMs).toBeLessThan(5_000);
  });

  it('aborts the upstream call of a JSON request whose client goes away, logged as error (client_closed)', async () => {
    const controller = new AbortController();
    const pending = post({ model: 'strong-model', messages: [{ role: 'user', content: '[[mock: stall=3000]] waiting' }] }, { 'x-request-id': 'json-client-goes-away' }, controller.signal);
    const deadline = Date.now() + 2_000;
    while (observer.open() === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(pending).rejects.toThrow();
    while (observer.open() > 0 && Date.now() < deadline + 1_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(observer.open()).toBe(0);
    let row = await api.callRow('json-client-goes-away');
    while (!row && Date.now() < deadline + 1_000) row = await api.callRow('json-client-goes-away');
    expect(row).toMatchObject({ status: 'error', errorCode: 'client_closed', model: 'strong-model' });
  });

  it('ends a stream cut after partial output with an OpenAI error chunk and no [DONE], logged as partial', async () => {
    const response = await post({ model: 'fast-model', stream: true, messages: [{ role: 'user', content: '[[mock: cut_after=3]] one two three four five six' }] }, { 'x-request-id': 'cut-stream' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('"content":"');
    const events = text.trim().split('\n\n');
    expect(events.at(-1)).toMatch(/^data: \{"error":\{"code":"stream_cut","message":/);
    expect(text).not.toContain('[DONE]');
    expect(await api.callRow('cut-stream')).toMatchObject({ status: 'partial', errorCode: 'stream_cut', provider: 'mock', model: 'fast-model' });
    // The real client sees a failure, not a short answer.
    const stream = await openai.chat.completions.create({ model: 'fast-model', stream: true, messages: [{ role: 'user', content: '[[mock: cut_after=3]] one two three four' }] });
    await expect((async () => { for await (const chunk of stream) void chunk; })()).rejects.toThrow();
  });

  it('retries an upstream failure, then answers with its status and logs one error row; a bad body is logged too', async () => {
    const failed = await post({ model: 'fast-model', messages: [{ role: 'user', content: '[[mock: status=503]] x' }] }, { 'x-request-id': 'upstream-503' });
    expect(failed.status).toBe(503);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toEqual(expect.any(String));
    expect(failed.headers.get('x-request-id')).toBe('upstream-503');
    expect(await api.callRow('upstream-503')).toMatchObject({ status: 'error', errorCode: expect.any(String), provider: 'mock', model: 'fast-model', tier: 1 });

    const invalid = await post({ model: 'fast-model', messages: [] }, { 'x-request-id': 'bad-body' });
    expect(invalid.status).toBe(400);
    expect(await api.callRow('bad-body')).toMatchObject({ status: 'error', errorCode: 'invalid_request', provider: 'gw', model: 'fast-model' });

    // strong-model: fast-model's breaker counts the failures above (three open it for 30 s).
    const flaky = await post({ model: 'strong-model', messages: [{ role: 'user', content: '[[mock: status=500 times=1]] flaky' }] }, { 'x-request-id': 'flaky' });
    expect(flaky.status).toBe(200);
    expect(((await flaky.json()) as { gw: Gw }).gw.routing).toMatchObject({ attempts: [expect.objectContaining({ outcome: 'failed' }), expect.objectContaining({ outcome: 'success' })] });
  });

  it('writes exactly one row per request id, and a repeated client id stays one row', async () => {
    await post({ model: 'fast-model', messages: [{ role: 'user', content: 'once' }] }, { 'x-request-id': 'twice-sent' });
    await post({ model: 'fast-model', messages: [{ role: 'user', content: 'again' }] }, { 'x-request-id': 'twice-sent' });
    const rows = await api.callRows();
    expect(rows.filter((row) => row.requestId === 'twice-sent')).toHaveLength(1);
    expect(new Set(rows.map((row) => row.requestId)).size).toBe(rows.length);
  });
});
