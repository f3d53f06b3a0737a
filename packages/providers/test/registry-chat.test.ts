import type { MockLlm } from '@gw/mock-llm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderRegistry } from '../src/index.js';
import { anthropicTestKey, collect, createTestRegistry, openAiTestKey, startTestUpstream, userSays } from './mock-setup.js';

let mock: MockLlm;
let registry: ProviderRegistry;

beforeAll(async () => {
  mock = await startTestUpstream();
  registry = createTestRegistry(mock);
});
afterAll(async () => {
  await registry.close();
  await mock.close();
});
beforeEach(() => mock.reset());

describe('chat over an OpenAI-format upstream', () => {
  it('sends the canonical request unchanged but for the upstream model name, and returns the answer with gw metadata', async () => {
    const response = await registry.chat({ model: 'small-openai', messages: userSays('hello there'), temperature: 0.2, seed: 7 });
    expect(response.choices[0]!.message.content).toBe('[mock-small] echo: hello there');
    expect(response.choices[0]!.finish_reason).toBe('stop');
    expect(response.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 8, total_tokens: 11 });
    expect(response.gw).toMatchObject({
      provider: 'mock-openai',
      model: 'small-openai',
      upstreamModel: 'mock-small',
      tier: 1,
      tokens: { input: 3, cachedInput: 0, cacheWrite: 0, output: 8, reasoning: 0 },
      costUsd: 0.000019,
    });
    const received = mock.lastRequest()!;
    expect(received.path).toBe('/v1/chat/completions');
    expect(received.headers.authorization).toBe(`Bearer ${openAiTestKey}`);
    expect(received.headers['openai-organization']).toBe('org-test');
    expect(received.body).toEqual({ model: 'mock-small', messages: userSays('hello there'), temperature: 0.2, seed: 7 });
  });

  it('streams chunks as they arrive and reports usage and cost at the end', async () => {
    const stream = registry.stream({ model: 'small-openai', messages: userSays('stream me please'), stream: true });
    const chunks = await collect(stream);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('[mock-small] echo: stream me please');
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((chunk) => chunk.usage === undefined)).toBe(true);
    const result = await stream.result;
    expect(result.finishReason).toBe('stop');
    expect(result.gw.tokens).toEqual({ input: 4, cachedInput: 0, cacheWrite: 0, output: 9, reasoning: 0 });
    expect(result.gw.costUsd).toBe(0.000022);
    const body = mock.lastRequest()!.body as { stream: boolean; stream_options: unknown };
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
  });

  it('passes the usage chunk through with gw metadata when the client asked for usage', async () => {
    const chunks = await collect(
      registry.stream({ model: 'small-openai', messages: userSays('with usage'), stream: true, stream_options: { include_usage: true } }),
    );
    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([]);
    expect(last.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 8 });
    expect(last.gw).toMatchObject({ model: 'small-openai', costUsd: 0.000019 });
  });

  it('splits cached and reasoning tokens out of usage and prices each class', async () => {
    const response = await registry.chat({ model: 'small-openai', messages: userSays('[[mock: cached=2 reasoning=5]] think') });
    const usage = response.usage!;
    expect(usage.prompt_tokens_details?.cached_tokens).toBe(2);
    expect(usage.completion_tokens_details?.reasoning_tokens).toBe(5);
    const tokens = response.gw!.tokens!;
    expect(tokens).toEqual({ input: usage.prompt_tokens - 2, cachedInput: 2, cacheWrite: 0, output: usage.completion_tokens - 5, reasoning: 5 });
    expect(response.gw!.cost).toEqual({
      input: tokens.input / 1e6,
      cachedInput: 0.000001,
      cacheWrite: 0,
      output: (tokens.output * 2) / 1e6,
      reasoning: 0.00001,
      total: (tokens.input + 1 + tokens.output * 2 + 10) / 1e6,
    });
  });
});

describe('chat over an Anthropic-format upstream', () => {
  it('translates the request, defaults max_tokens from the catalog and returns a canonical answer', async () => {
    const response = await registry.chat({
      model: 'small-anthropic',
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'hello there' },
      ],
      frequency_penalty: 0.5,
    });
    expect(response.object).toBe('chat.completion');
    expect(response.choices[0]!.message.content).toBe('[mock-small] echo: hello there (system=1)');
    expect(response.choices[0]!.finish_reason).toBe('stop');
    expect(response.gw!.warnings).toEqual([expect.stringContaining('frequency_penalty')]);
    const received = mock.lastRequest()!;
    expect(received.path).toBe('/v1/messages');
    expect(received.headers['x-api-key']).toBe(anthropicTestKey);
    expect(received.headers['anthropic-version']).toBe('2023-06-01');
    expect(received.body).toMatchObject({ model: 'mock-small', max_tokens: 777, messages: [{ role: 'user' }] });
    expect((received.body as Record<string, unknown>).frequency_penalty).toBeUndefined();
  });

  it('counts cache reads and writes and prices them', async () => {
    const response = await registry.chat({ model: 'small-anthropic', messages: userSays('[[mock: cached=100 cache_write=40]] cached') });
    expect(response.gw!.tokens).toMatchObject({ cachedInput: 100, cacheWrite: 40 });
    expect(response.usage!.prompt_tokens).toBe(response.gw!.tokens!.input + 140);
    expect(response.usage!.prompt_tokens_details?.cached_tokens).toBe(100);
    expect(response.gw!.cost!.cacheWrite).toBe(0.00005);
    expect(response.gw!.cost!.cachedInput).toBe(0.00001);
  });

  it('streams Anthropic events as canonical chunks', async () => {
    const stream = registry.stream({ model: 'small-anthropic', messages: userSays('stream me please'), stream: true });
    const chunks = await collect(stream);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe('[mock-small] echo: stream me please');
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
    const result = await stream.result;
    expect(result.finishReason).toBe('stop');
    expect(result.gw.tokens).toMatchObject({ input: 4, output: 9 });
  });
});

describe('model resolution', () => {
  it('accepts provider/model for models the catalog does not know, without a price', async () => {
    const response = await registry.chat({ model: 'mock-openai/some-new-model', messages: userSays('hi') });
    expect(response.choices[0]!.message.content).toBe('[some-new-model] echo: hi');
    expect(response.gw!.costUsd).toBeUndefined();
    expect(response.gw!.warnings).toEqual(['no price is known for mock-openai/some-new-model; cost was not computed']);
  });

  it('rejects unknown models with a 404 that lists what exists', async () => {
    expect(() => registry.resolveModel('nope')).toThrow(/Unknown model "nope".*small-openai.*mock-openai/);
    await expect(registry.chat({ model: 'nope', messages: userSays('hi') })).rejects.toMatchObject({ code: 'model_not_found', status: 404 });
  });

  it('lists and filters the catalog', () => {
    expect(registry.listModels().map((model) => model.id)).toEqual(['small-openai', 'small-anthropic']);
    expect(registry.listModels({ provider: 'mock-anthropic' }).map((model) => model.id)).toEqual(['small-anthropic']);
    expect(registry.listModels({ capability: 'reasoning' })).toEqual([]);
    expect(registry.listModels({ maxInputPrice: 0.5 })).toEqual([]);
  });
});
