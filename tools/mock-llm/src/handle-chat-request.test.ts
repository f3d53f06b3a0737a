import { describe, expect, it } from 'vitest';
import { postJson, readRawBody, splitSseEvents, useMockLlm } from './test-server.test-helper.js';

const mock = useMockLlm();
const openAiUrl = () => `${mock.current.url}/v1/chat/completions`;
const anthropicUrl = () => `${mock.current.url}/v1/messages`;
const openAiBody = (content: string, stream = true) => ({ model: 'gpt-4o', stream, messages: [{ role: 'user', content }] });
const anthropicBody = (content: string, stream = true) => ({ model: 'claude-x', max_tokens: 100, stream, messages: [{ role: 'user', content }] });

describe('stream faults, read raw', () => {
  it('cut_after=N destroys an OpenAI stream after N events, without [DONE]', async () => {
    const response = await postJson(openAiUrl(), openAiBody('one two three four [[mock: cut_after=3]]'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const body = await readRawBody(response);
    expect(body.error).toBeDefined();
    const events = splitSseEvents(body.text);
    expect(events).toHaveLength(3);
    expect(body.text).not.toContain('[DONE]');
  });

  it('cut_after=N destroys an Anthropic stream after N events, without message_stop', async () => {
    const body = await readRawBody(await postJson(anthropicUrl(), anthropicBody('one two [[mock: cut_after=4]]')));
    expect(body.error).toBeDefined();
    expect(splitSseEvents(body.text).map((event) => event.split('\n')[0])).toEqual([
      'event: message_start',
      'event: content_block_start',
      'event: ping',
      'event: content_block_delta',
    ]);
  });

  it('cut_after on a JSON answer writes half of the body, then drops the connection', async () => {
    const response = await postJson(openAiUrl(), openAiBody('hi [[mock: cut_after=1]]', false));
    expect(response.status).toBe(200);
    const body = await readRawBody(response);
    expect(body.error).toBeDefined();
    expect(body.text.startsWith('{"id":"chatcmpl-mock-')).toBe(true);
    expect(() => JSON.parse(body.text)).toThrow();
  });

  it('malformed_after=N writes one broken event after N, then ends without a terminator', async () => {
    const openAi = await readRawBody(await postJson(openAiUrl(), openAiBody('one two [[mock: malformed_after=2]]')));
    expect(openAi.error).toBeUndefined();
    const openAiEvents = splitSseEvents(openAi.text);
    expect(openAiEvents).toHaveLength(3);
    expect(openAiEvents[2]).toBe('data: {"id": broken');

    const anthropic = await readRawBody(await postJson(anthropicUrl(), anthropicBody('one two [[mock: malformed_after=1]]')));
    expect(anthropic.error).toBeUndefined();
    expect(splitSseEvents(anthropic.text).at(-1)).toBe('event: content_block_delta\ndata: {"id": broken');
  });

  it('error_event_after=N writes the provider error event after N events on a 200 stream', async () => {
    const openAiResponse = await postJson(openAiUrl(), openAiBody('one two [[mock: error_event_after=2]]'));
    expect(openAiResponse.status).toBe(200);
    const openAi = await readRawBody(openAiResponse);
    expect(openAi.error).toBeUndefined();
    expect(splitSseEvents(openAi.text).slice(2)).toEqual(['data: {"error":{"message":"mock upstream error","type":"server_error","code":"internal_error"}}']);

    const anthropic = await readRawBody(await postJson(anthropicUrl(), anthropicBody('one [[mock: error_event_after=0]]')));
    expect(anthropic.text).toBe('event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n');
  });

  it('chunk_delay=MS spaces the events out', async () => {
    const started = performance.now();
    const body = await readRawBody(await postJson(openAiUrl(), openAiBody('a b [[mock: chunk_delay=25]]')));
    const events = splitSseEvents(body.text);
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(performance.now() - started).toBeGreaterThanOrEqual(25 * (events.length - 1) - 5);
  });
});

describe('timing faults', () => {
  it('latency=MS delays the response headers', async () => {
    const started = performance.now();
    const response = await postJson(openAiUrl(), openAiBody('hi', false), { 'x-mock-fault': 'latency=150' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
  });

  it('stall=MS sends nothing for MS, then answers normally', async () => {
    const started = performance.now();
    const response = await postJson(anthropicUrl(), anthropicBody('hi [[mock: stall=150]]'));
    const headersAt = performance.now() - started;
    const body = await readRawBody(response);
    expect(headersAt).toBeGreaterThanOrEqual(140);
    expect(body.text).toContain('event: message_stop');
  });

  it('forgets a stalled request whose client gave up, and keeps serving', async () => {
    const aborted = fetch(openAiUrl(), {
      method: 'POST',
      body: JSON.stringify(openAiBody('hi [[mock: stall=5000]]')),
      signal: AbortSignal.timeout(50),
    });
    await expect(aborted).rejects.toThrow();
    const response = await postJson(openAiUrl(), openAiBody('hi', false));
    expect(response.status).toBe(200);
  });
});

describe('directive sources', () => {
  it('applies a times=N group to the first N requests only', async () => {
    const headers = { 'x-mock-fault': 'status=503 times=2' };
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await postJson(openAiUrl(), openAiBody('hi', false), headers)).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('applies a model= rule only to matching models, and message directives win over rules', async () => {
    mock.current.setRules(['model=claude status=529', 'reply=from-rule']);
    expect((await postJson(openAiUrl(), openAiBody('hi', false))).status).toBe(200);
    expect((await postJson(anthropicUrl(), anthropicBody('hi', false))).status).toBe(529);
    const answer = (await (await postJson(openAiUrl(), openAiBody('hi [[mock: reply=from-message]]', false))).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(answer.choices[0]?.message.content).toBe('from-message');
  });

  it('never echoes directive text', async () => {
    const answer = (await (
      await postJson(openAiUrl(), {
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: '[[mock: latency=1]] rules' },
          { role: 'user', content: 'question [[mock: chunks=2]]' },
        ],
      })
    ).json()) as { choices: { message: { content: string } }[] };
    expect(answer.choices[0]?.message.content).toBe('[gpt-4o] echo: question (system=1)');
  });
});
