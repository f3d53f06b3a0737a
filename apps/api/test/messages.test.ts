import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcessApi, type InProcessApi } from './in-process-api.js';

type Gw = Record<string, unknown>;

describe('POST /v1/messages with the real @anthropic-ai/sdk client (PGlite, mock upstream in both formats)', () => {
  let api: InProcessApi;
  let anthropic: Anthropic;
  let userKey: string;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': userKey, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startInProcessApi({ anthropicUpstream: true });
    userKey = (await api.client().createKey({ owner_id: 'dana' })).key;
    // The SDK sends X-Api-Key, as Claude Code does with ANTHROPIC_BASE_URL.
    anthropic = new Anthropic({ apiKey: userKey, baseURL: api.url, maxRetries: 0 });
  });
  afterAll(async () => {
    await api?.close();
  });

  for (const [upstreamFormat, model, upstreamModel] of [
    ['OpenAI', 'fast-model', 'mock-fast-upstream'],
    ['Anthropic', 'claude-model', 'mock-claude-upstream'],
  ] as const) {
    it(`answers a Message (JSON) from an ${upstreamFormat}-format upstream, with a system prompt, and logs it`, async () => {
      const { data, response } = await anthropic.messages
        .create({ model, max_tokens: 200, system: 'be brief', messages: [{ role: 'user', content: `hello from anthropic to ${upstreamFormat}` }] }, { headers: { 'x-request-id': `messages-json-${model}` } })
        .withResponse();
      expect(data).toMatchObject({
        type: 'message',
        role: 'assistant',
        model,
        stop_reason: 'end_turn',
        content: [{ type: 'text', text: `[${upstreamModel}] echo: hello from anthropic to ${upstreamFormat} (system=1)` }],
        usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
      });
      expect(data.id).toMatch(/^msg_/);
      expect(response.headers.get('x-gw-model')).toBe(model);
      expect(response.headers.get('x-request-id')).toBe(`messages-json-${model}`);
      expect((data as unknown as { gw: Gw }).gw).toMatchObject({ model, routing: { mode: 'explicit' } });
      expect(api.mock.lastRequest()!.path).toBe(upstreamFormat === 'OpenAI' ? '/v1/chat/completions' : '/v1/messages');
      expect(await api.callRow(`messages-json-${model}`)).toMatchObject({ model, status: 'success', userId: 'dana', outputTokens: data.usage.output_tokens });
    });

    it(`streams Anthropic events in Anthropic's order from an ${upstreamFormat}-format upstream`, async () => {
      const stream = anthropic.messages.stream({ model, max_tokens: 200, messages: [{ role: 'user', content: 'stream it please' }] });
      const types: string[] = [];
      stream.on('streamEvent', (event) => types.push(event.type));
      const message = await stream.finalMessage();
      expect(message.content).toEqual([{ type: 'text', text: `[${upstreamModel}] echo: stream it please`, citations: null }]);
      expect(message.stop_reason).toBe('end_turn');
      expect(types[0]).toBe('message_start');
      expect(types[1]).toBe('content_block_start');
      expect(types.filter((type) => type === 'content_block_delta').length).toBeGreaterThan(1);
      expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    });

    it(`ends a stream cut after partial output with event: error and no message_stop (${upstreamFormat} upstream), logged as partial`, async () => {
      const response = await post(
        { model, max_tokens: 200, stream: true, messages: [{ role: 'user', content: '[[mock: cut_after=4]] one two three four five six seven' }] },
        { 'x-request-id': `messages-cut-${model}` },
      );
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain('event: content_block_delta');
      expect(text.trim().split('\n\n').at(-1)).toMatch(/^event: error\ndata: \{"type":"error","error":\{"type":"[a-z_]+","code":"stream_[a-z]+","message":/);
      expect(text).not.toContain('message_stop');
      expect(await api.callRow(`messages-cut-${model}`)).toMatchObject({ status: 'partial', model });
      const stream = anthropic.messages.stream({ model, max_tokens: 200, messages: [{ role: 'user', content: '[[mock: cut_after=4]] one two three four five' }] });
      await expect(stream.finalMessage()).rejects.toThrow();
    });
  }

  it('answers errors in Anthropic’s shape: bad body 400, unknown model 404, no key 401', async () => {
    const invalid = await anthropic.messages.create({ model: 'fast-model', messages: [{ role: 'user', content: 'x' }] } as never).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(Anthropic.BadRequestError);
    expect((invalid as InstanceType<typeof Anthropic.BadRequestError>).error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringContaining('"max_tokens"') } });
    const unknown = await anthropic.messages.create({ model: 'no-such-model', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(Anthropic.NotFoundError);
    const anonymous = await fetch(`${api.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error', code: 'unauthorized' } });
  });

  it('routes model "auto" from an Anthropic client', async () => {
    const message = await anthropic.messages.create({ model: 'auto', max_tokens: 100, messages: [{ role: 'user', content: 'pick one' }] });
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('echo: pick one') });
    expect((message as unknown as { gw: Gw }).gw).toMatchObject({ routing: { mode: 'auto' } });
  });
});
