import OpenAI, { AzureOpenAI } from 'openai';
import { describe, expect, it } from 'vitest';
import { postJson, useMockLlm } from './test-server.test-helper.js';

const mock = useMockLlm();
const client = () => new OpenAI({ apiKey: 'test-openai-key', baseURL: `${mock.current.url}/v1`, maxRetries: 0 });
const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } }, required: ['city'] },
  },
};

describe('OpenAI format, read by the openai client', () => {
  it('answers a chat completion with the echo, filled usage and mock ids', async () => {
    const completion = await client().chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'hello there' },
      ],
    });
    expect(completion).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-mock-\d+$/),
      object: 'chat.completion',
      model: 'gpt-4o-mini',
      system_fingerprint: 'mock',
      choices: [{ index: 0, message: { role: 'assistant', content: '[gpt-4o-mini] echo: hello there (system=1)', refusal: null }, finish_reason: 'stop' }],
    });
    const promptTokens = Math.ceil('be briefhello there'.length / 4);
    const completionTokens = Math.ceil('[gpt-4o-mini] echo: hello there (system=1)'.length / 4);
    expect(completion.usage).toEqual({
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    });
  });

  it('streams word by word, with usage when include_usage is set', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'one two three' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    const pieces = chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? ''));
    expect(pieces.filter((piece) => piece !== '')).toEqual(['[gpt-4o] ', 'echo: ', 'one ', 'two ', 'three']);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 4, completion_tokens: 7, total_tokens: 11 } }); // 13 and 28 characters
  });

  it('splits the stream into chunks=N pieces and has no usage chunk without include_usage', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'split me [[mock: chunks=3]]' }],
      stream: true,
    });
    const pieces: string[] = [];
    for await (const chunk of stream) {
      expect(chunk.usage).toBeUndefined();
      const content = chunk.choices[0]?.delta.content;
      if (content) pieces.push(content);
    }
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe('[gpt-4o] echo: split me');
  });

  it('answers a forced tool call, in JSON and in a stream the stream helper accumulates', async () => {
    const request = {
      model: 'gpt-4o',
      messages: [{ role: 'user' as const, content: 'weather?' }],
      tools: [weatherTool],
      tool_choice: 'required' as const,
    };
    const completion = await client().chat.completions.create(request);
    const message = completion.choices[0]?.message;
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(message?.content).toBeNull();
    expect(message?.tool_calls).toEqual([
      { id: expect.stringMatching(/^call_mock_\d+$/), type: 'function', function: { name: 'get_weather', arguments: '{"city":"example-city","unit":"c"}' } },
    ]);

    const final = await client().chat.completions.stream({ ...request, stream: true }).finalChatCompletion();
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    const toolCall = final.choices[0]?.message.tool_calls?.[0];
    expect(toolCall?.type === 'function' && JSON.parse(toolCall.function.arguments)).toEqual({ city: 'example-city', unit: 'c' });
  });

  it('calls a tool named by a directive, with broken arguments on demand', async () => {
    const completion = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi [[mock: tool_call=get_weather bad_args]]' }],
      tools: [weatherTool],
    });
    expect(completion.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { name: 'get_weather', arguments: '{}' } });
  });

  it('answers JSON mode and JSON schema mode with JSON that parses', async () => {
    const objectMode = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'give json' }],
      response_format: { type: 'json_object' },
    });
    expect(JSON.parse(objectMode.choices[0]?.message.content ?? '')).toEqual({ answer: '[gpt-4o] echo: give json', model: 'gpt-4o' });
    const schemaMode = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'give json' }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'verdict', schema: { type: 'object', properties: { verdict: { enum: ['pass', 'fail'] }, score: { type: 'number' } } } },
      },
    });
    expect(JSON.parse(schemaMode.choices[0]?.message.content ?? '')).toEqual({ verdict: 'pass', score: 1 });
  });

  it('honours stop sequences and max_tokens', async () => {
    const stopped = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'alpha beta gamma' }],
      stop: ['beta'],
    });
    expect(stopped.choices[0]).toMatchObject({ message: { content: '[gpt-4o] echo: alpha ' }, finish_reason: 'stop' });
    const cut = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'alpha beta gamma' }],
      max_completion_tokens: 3,
    });
    expect(cut.choices[0]).toMatchObject({ message: { content: '[gpt-4o] ech' }, finish_reason: 'length' });
    expect(cut.usage?.completion_tokens).toBe(3);
  });

  it('shapes usage with cached and reasoning tokens', async () => {
    const completion = await client().chat.completions.create({
      model: 'o4-mini',
      messages: [{ role: 'user', content: 'abcd [[mock: cached=100 reasoning=50 reply=ok]]' }],
    });
    const inputTokens = Math.ceil('abcd [[mock: cached=100 reasoning=50 reply=ok]]'.length / 4);
    expect(completion.usage).toMatchObject({
      prompt_tokens: inputTokens + 100,
      completion_tokens: 51,
      total_tokens: inputTokens + 100 + 51,
      prompt_tokens_details: { cached_tokens: 100 },
      completion_tokens_details: { reasoning_tokens: 50 },
    });
  });

  it('answers on the Azure deployment path, the deployment naming the model', async () => {
    const azure = new AzureOpenAI({ endpoint: mock.current.url, apiKey: 'test-azure-key', apiVersion: '2024-10-21', deployment: 'my-gpt', maxRetries: 0 });
    const completion = await azure.chat.completions.create({ model: '', messages: [{ role: 'user', content: 'hi' }] });
    expect(completion.choices[0]?.message.content).toBe('[my-gpt] echo: hi');
    expect(mock.current.lastRequest()).toMatchObject({ path: '/openai/deployments/my-gpt/chat/completions', query: { 'api-version': '2024-10-21' } });
  });

  it('answers without the /v1 prefix too', async () => {
    const response = await postJson(`${mock.current.url}/chat/completions`, { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
    expect(response.status).toBe(200);
  });

  it('lists models', async () => {
    const models = [];
    for await (const model of client().models.list()) models.push(model);
    expect(models.length).toBeGreaterThanOrEqual(3);
    expect(models[0]).toEqual({ id: 'gpt-4o-mini', object: 'model', created: expect.any(Number), owned_by: 'mock' });
  });

  it('rejects a body without messages, or not JSON, with a 400 in OpenAI form', async () => {
    const error = await client()
      .chat.completions.create({ model: 'gpt-4o' } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).error).toEqual({
      message: expect.stringContaining('messages'),
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
    const response = await fetch(`${mock.current.url}/v1/chat/completions`, { method: 'POST', body: '{"model": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringContaining('not valid JSON') } });
  });

  it('fails with status=N as the matching error class, with the retry headers', async () => {
    const error = await client()
      .chat.completions.create(
        { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-mock-fault': 'status=429 retry_after=7 retry_after_ms=1500 ratelimit_reset=20' } },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.error).toMatchObject({ type: 'rate_limit_exceeded', code: 'rate_limit_exceeded', param: null });
    expect(rateLimit.headers?.get('retry-after')).toBe('7');
    expect(rateLimit.headers?.get('retry-after-ms')).toBe('1500');
    expect(rateLimit.headers?.get('x-ratelimit-reset-requests')).toBe('20s');
    expect(rateLimit.requestID).toMatch(/^req_mock_\d+$/);

    const serverError = await client()
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi [[mock: status=500]]' }], stream: true })
      .catch((caught: unknown) => caught);
    expect(serverError).toBeInstanceOf(OpenAI.InternalServerError);
    expect((serverError as InstanceType<typeof OpenAI.InternalServerError>).error).toMatchObject({ type: 'server_error' });
  });

  it('surfaces an in-stream error event as an API error in the client', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi [[mock: error_event_after=2]]' }],
      stream: true,
    });
    const read = async () => {
      for await (const _chunk of stream) {
        // Drain until the error event.
      }
    };
    await expect(read()).rejects.toThrow(/mock upstream error/);
  });
});
