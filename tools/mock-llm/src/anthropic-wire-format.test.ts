import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { postJson, useMockLlm } from './test-server.test-helper.js';

const mock = useMockLlm();
const client = () => new Anthropic({ apiKey: 'test-anthropic-key', baseURL: mock.current.url, maxRetries: 0 });
const weatherTool = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city'] },
};

describe('Anthropic format, read by the @anthropic-ai/sdk client', () => {
  it('answers a message with the echo, the system count and usage', async () => {
    const message = await client().messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system: 'be brief',
      messages: [{ role: 'user', content: 'hello there' }],
    });
    const text = '[claude-sonnet-4-5] echo: hello there (system=1)';
    expect(message).toEqual({
      id: expect.stringMatching(/^msg_mock_\d+$/),
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: Math.ceil('be briefhello there'.length / 4),
        output_tokens: Math.ceil(text.length / 4),
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
      },
    });
  });

  it('streams text deltas that the stream helper assembles into the same message', async () => {
    const stream = client().messages.stream({
      model: 'claude-haiku-4-5',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'one two [[mock: cached=30 cache_write=20]]' }],
    });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const message = await stream.finalMessage();
    expect(deltas).toEqual(['[claude-haiku-4-5] ', 'echo: ', 'one ', 'two']);
    expect(message.content).toEqual([{ type: 'text', text: '[claude-haiku-4-5] echo: one two' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage).toMatchObject({
      input_tokens: Math.ceil('one two [[mock: cached=30 cache_write=20]]'.length / 4),
      output_tokens: Math.ceil('[claude-haiku-4-5] echo: one two'.length / 4),
      cache_read_input_tokens: 30,
      cache_creation_input_tokens: 20,
    });
  });

  it('answers a forced tool call, in JSON and as input_json_delta fragments the helper parses', async () => {
    const request = {
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      messages: [{ role: 'user' as const, content: 'weather?' }],
      tools: [weatherTool],
      tool_choice: { type: 'any' as const },
    };
    const message = await client().messages.create(request);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toEqual([{ type: 'tool_use', id: expect.stringMatching(/^toolu_mock_\d+$/), name: 'get_weather', input: { city: 'example-city', days: 1 } }]);

    const streamed = await client().messages.stream(request).finalMessage();
    expect(streamed.stop_reason).toBe('tool_use');
    expect(streamed.content).toEqual([{ type: 'tool_use', id: expect.stringMatching(/^toolu_mock_\d+$/), name: 'get_weather', input: { city: 'example-city', days: 1 } }]);
  });

  it('puts a short text block before the tool call when tool_text is asked for', async () => {
    const message = await client()
      .messages.stream({
        model: 'claude-sonnet-4-5',
        max_tokens: 1024,
        messages: [{ role: 'user', content: '[[mock: tool_call tool_text]] go' }],
        tools: [weatherTool],
      })
      .finalMessage();
    expect(message.content.map((block) => block.type)).toEqual(['text', 'tool_use']);
    expect(message.content[0]).toMatchObject({ text: '[claude-sonnet-4-5] calling get_weather' });
  });

  it('honours stop_sequences and max_tokens', async () => {
    const stopped = await client().messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      stop_sequences: ['beta'],
      messages: [{ role: 'user', content: 'alpha beta gamma' }],
    });
    expect(stopped).toMatchObject({ stop_reason: 'stop_sequence', stop_sequence: 'beta', content: [{ text: '[claude-sonnet-4-5] echo: alpha ' }] });
    const cut = await client().messages.stream({ model: 'claude-x', max_tokens: 2, messages: [{ role: 'user', content: 'alpha' }] }).finalMessage();
    expect(cut).toMatchObject({ stop_reason: 'max_tokens', content: [{ text: '[claude-' }], usage: { output_tokens: 2 } });
  });

  it('forces the stop reason with finish=', async () => {
    const message = await client().messages.create({
      model: 'claude-x',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi [[mock: finish=content_filter]]' }],
    });
    expect(message.stop_reason).toBe('refusal');
  });

  it('lists models in Anthropic form when the anthropic-version header is sent', async () => {
    const page = await client().models.list();
    expect(page.data[0]).toEqual({ type: 'model', id: 'gpt-4o-mini', display_name: 'GPT-4o mini', created_at: '2025-01-01T00:00:00Z' });
    const response = await fetch(`${mock.current.url}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } });
    const body = (await response.json()) as { has_more: boolean; first_id: string; last_id: string; data: { id: string }[] };
    expect(body.has_more).toBe(false);
    expect(body.first_id).toBe(body.data[0]?.id);
    expect(body.last_id).toBe(body.data.at(-1)?.id);
  });

  it('rejects missing max_tokens, model or messages and bad JSON with a 400 in Anthropic form', async () => {
    const error = await client()
      .messages.create({ model: 'claude-x', messages: [{ role: 'user', content: 'hi' }] } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as InstanceType<typeof Anthropic.BadRequestError>).error).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringContaining('max_tokens') },
    });
    const noModel = await postJson(`${mock.current.url}/v1/messages`, { max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
    expect(noModel.status).toBe(400);
    expect(await noModel.json()).toMatchObject({ type: 'error', error: { message: expect.stringContaining('model') } });
    const badJson = await fetch(`${mock.current.url}/v1/messages`, { method: 'POST', body: 'not json' });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it.each([
    [429, Anthropic.RateLimitError, 'rate_limit_error'],
    [529, Anthropic.InternalServerError, 'overloaded_error'],
    [500, Anthropic.InternalServerError, 'api_error'],
    [401, Anthropic.AuthenticationError, 'authentication_error'],
    [403, Anthropic.PermissionDeniedError, 'permission_error'],
    [404, Anthropic.NotFoundError, 'not_found_error'],
  ])('fails with status=%i as the matching error class and type', async (status, errorClass, type) => {
    const error = await client()
      .messages.create(
        { model: 'claude-x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-mock-fault': `status=${status} retry_after=3 ratelimit_reset=60` } },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    const apiError = error as InstanceType<typeof Anthropic.APIError>;
    expect(apiError.status).toBe(status);
    expect(apiError.error).toEqual({ type: 'error', error: { type, message: expect.any(String) } });
    expect(apiError.requestID).toMatch(/^req_mock_\d+$/);
    expect(apiError.headers?.get('retry-after')).toBe('3');
    const reset = Date.parse(apiError.headers?.get('anthropic-ratelimit-requests-reset') ?? '');
    expect(reset - Date.now()).toBeGreaterThan(58_000);
    expect(reset - Date.now()).toBeLessThan(62_000);
  });

  it('surfaces an in-stream overloaded error event in the stream helper', async () => {
    const stream = client().messages.stream({
      model: 'claude-x',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi [[mock: error_event_after=3]]' }],
    });
    await expect(stream.finalMessage()).rejects.toThrow(/Overloaded/);
  });
});
