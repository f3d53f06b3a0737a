import type { MockLlm } from '@gw/mock-llm';
import type { CanonicalRequest, CanonicalResponse, ProviderRegistry } from '@gw/providers';
import { ErrorCode, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatCompletionOutput, ListModelsOutput } from '../src/index.js';
import { anthropicTestKey, connectToolset, createTestRegistry, openAiTestKey, startTestUpstream, textOf, type ConnectedToolset } from './toolset-setup.js';

let mock: MockLlm;
let registry: ProviderRegistry;
let connected: ConnectedToolset;

const operatorDescription = 'Use small-openai for quick questions.';

beforeAll(async () => {
  mock = await startTestUpstream();
  registry = createTestRegistry(mock, { timeoutMs: 3_000, firstByteTimeoutMs: 400 });
  connected = await connectToolset({
    registry: () => registry,
    defaultModel: 'small-openai',
    requestDefaults: { temperature: 0.3, maxTokens: 77 },
    description: operatorDescription,
    secrets: [openAiTestKey, anthropicTestKey],
  });
});
afterAll(async () => {
  await connected.close();
  await registry.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const call = (args: Record<string, unknown>, options?: Parameters<ConnectedToolset['client']['callTool']>[2]) =>
  connected.client.callTool({ name: 'chat_completion', arguments: args }, undefined, options) as Promise<CallToolResult>;
const say = (text: string, extra: Record<string, unknown> = {}) => ({ messages: [{ role: 'user', content: text }], ...extra });
const structured = (result: CallToolResult) => result.structuredContent as ChatCompletionOutput;
const upstreamBody = () => mock.lastRequest()!.body as Record<string, unknown>;

describe('tools/list', () => {
  it('lists both gateway tools with schemas, truthful annotations and the operator description', async () => {
    const { tools } = await connected.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['chat_completion', 'list_models']);
    const chat = tools.find((tool) => tool.name === 'chat_completion')!;
    expect(chat.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
    expect(chat.description).toContain(operatorDescription);
    expect(chat.description).toContain('default small-openai');
    expect(Object.keys(chat.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['model', 'messages', 'temperature', 'max_tokens', 'stream', 'top_p', 'frequency_penalty', 'presence_penalty', 'stop', 'response_format', 'tools']),
    );
    expect(chat.inputSchema.required).toEqual(['messages']);
    expect(chat.outputSchema?.properties).toHaveProperty('cost_usd');
    const list = tools.find((tool) => tool.name === 'list_models')!;
    expect(list.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: false });
  });
});

describe.each([
  ['small-openai', 'mock-openai'],
  ['small-anthropic', 'mock-anthropic'],
])('chat_completion through %s', (model, provider) => {
  it('answers with the text, and structured model, usage and cost', async () => {
    const result = await call(say('hello there', { model }));
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe('[mock-small] echo: hello there');
    const output = structured(result);
    expect(output).toMatchObject({ model, provider, upstream_model: 'mock-small', tier: 1, finish_reason: 'stop', tool_calls: [], streamed: false });
    expect(output.usage.prompt_tokens).toBeGreaterThan(0);
    expect(output.usage.completion_tokens).toBe(Math.ceil('[mock-small] echo: hello there'.length / 4));
    expect(output.usage.total_tokens).toBe(output.usage.prompt_tokens + output.usage.completion_tokens);
    expect(output.cost_usd).toBeCloseTo((output.usage.prompt_tokens * 1 + output.usage.completion_tokens * 2) / 1e6, 12);
  });

  it('applies DEFAULT_TEMPERATURE / DEFAULT_MAX_TOKENS only when the call gives none', async () => {
    await call(say('defaults', { model }));
    expect(upstreamBody()).toMatchObject({ temperature: 0.3, max_tokens: 77 });
    await call(say('explicit', { model, temperature: 0.9, max_tokens: 12 }));
    expect(upstreamBody()).toMatchObject({ temperature: 0.9, max_tokens: 12 });
  });

  it('passes the source spec arguments through', async () => {
    const result = await call(say('one two three four', { model, top_p: 0.5, stop: ['three'] }));
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe('[mock-small] echo: one two ');
    expect(structured(result).finish_reason).toBe('stop');
  });

  it('streams real progress notifications when the client asks for progress', async () => {
    const messages: string[] = [];
    let lastProgress = 0;
    const result = await call(say('[[mock: chunk_delay=5]] streaming is real here', { model, stream: true }), {
      onprogress: (progress) => {
        expect(progress.progress).toBeGreaterThan(lastProgress);
        lastProgress = progress.progress;
        messages.push(progress.message ?? '');
      },
    });
    expect(upstreamBody().stream).toBe(true);
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.join('')).toBe('[mock-small] echo: streaming is real here');
    expect(textOf(result)).toBe('[mock-small] echo: streaming is real here');
    expect(structured(result)).toMatchObject({ streamed: true, finish_reason: 'stop', model });
    expect(structured(result).cost_usd).toBeGreaterThan(0);
    expect(structured(result).usage.completion_tokens).toBeGreaterThan(0);
  });

  it('without a progress token, stream: true still returns the whole answer', async () => {
    const result = await call(say('no token', { model, stream: true }));
    expect(textOf(result)).toBe('[mock-small] echo: no token');
    expect(structured(result).streamed).toBe(false);
  });

  it('sends image parts', async () => {
    const result = await call({
      model,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is this?' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' } },
          ],
        },
      ],
    });
    expect(textOf(result)).toBe('[mock-small] echo: what is this? (images=1)');
  });

  it('returns tool calls in structured content and describes them in the text', async () => {
    const tools = [
      { type: 'function', function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } },
    ];
    const result = await call(say('[[mock: tool_call]] weather in Paris?', { model, tools }));
    const output = structured(result);
    expect(output.finish_reason).toBe('tool_calls');
    expect(output.tool_calls).toHaveLength(1);
    expect(output.tool_calls[0]).toMatchObject({ name: 'get_weather' });
    expect(JSON.parse(output.tool_calls[0]!.arguments)).toHaveProperty('city');
    expect(textOf(result)).toMatch(/^The model called a tool instead of answering in text:\n- get_weather\(/);
  });

  it('streams tool calls too', async () => {
    const tools = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } } }];
    const result = await call(say('[[mock: tool_call]] look it up', { model, tools, stream: true }), { onprogress: () => undefined });
    expect(structured(result).tool_calls[0]).toMatchObject({ name: 'lookup' });
    expect(structured(result).streamed).toBe(true);
  });

  it('honours response_format json_object and json_schema', async () => {
    const jsonObject = await call(say('give json', { model, response_format: { type: 'json_object' } }));
    // The Anthropic side gets JSON mode through a forced tool (gw/providers), so only the shape is common.
    expect(JSON.parse(textOf(jsonObject))).toBeTypeOf('object');
    if (provider === 'mock-openai') expect(JSON.parse(textOf(jsonObject))).toMatchObject({ answer: expect.stringContaining('give json') });
    const schema = { type: 'object', properties: { city: { type: 'string' }, population: { type: 'integer' } }, required: ['city', 'population'] };
    const jsonSchema = await call(say('a city', { model, response_format: { type: 'json_schema', json_schema: { name: 'city', schema } } }));
    expect(JSON.parse(textOf(jsonSchema))).toEqual({ city: expect.any(String), population: expect.any(Number) });
  });
});

describe('model choice', () => {
  it('uses the default model when none is given, and for "auto" without a router', async () => {
    expect(structured(await call(say('no model'))).model).toBe('small-openai');
    expect(structured(await call(say('auto', { model: 'auto' }))).model).toBe('small-openai');
  });

  it('accepts provider/model ids, reporting an unknown price as a warning', async () => {
    const result = await call(say('direct', { model: 'mock-openai/some-new-model' }));
    expect(result.isError).toBeFalsy();
    expect(upstreamBody().model).toBe('some-new-model');
    expect(structured(result).cost_usd).toBeUndefined();
    expect(structured(result).warnings.join(' ')).toMatch(/no price is known/);
  });

  it('an unknown model is a useful isError result', async () => {
    const result = await call(say('x', { model: 'gpt-99' }));
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Unknown model "gpt-99"/);
    expect(textOf(result)).toMatch(/Status: 404 \(model_not_found\)/);
    expect(textOf(result)).toMatch(/Fix: Use a model id from list_models/);
  });

  it('routes "auto" to an injected router, and passes unknown names to the single provider', async () => {
    const routed: CanonicalRequest[] = [];
    const router = {
      async route(request: CanonicalRequest): Promise<CanonicalResponse> {
        routed.push(request);
        return registry.chat({ ...request, model: 'large-openai' });
      },
    };
    const withRouter = await connectToolset({ registry, router, passThroughProvider: 'mock-openai' });
    try {
      const auto = (await withRouter.client.callTool({ name: 'chat_completion', arguments: say('pick for me', { model: 'auto' }) })) as CallToolResult;
      expect(routed).toHaveLength(1);
      expect(routed[0]!.model).toBe('auto');
      expect(structured(auto).model).toBe('large-openai');
      const passed = (await withRouter.client.callTool({ name: 'chat_completion', arguments: say('old name', { model: 'gpt-4o' }) })) as CallToolResult;
      expect(passed.isError).toBeFalsy();
      expect(structured(passed)).toMatchObject({ provider: 'mock-openai', model: 'mock-openai/gpt-4o' });
      expect(upstreamBody().model).toBe('gpt-4o');
    } finally {
      await withRouter.close();
    }
  });
});

describe('failures', () => {
  const failing = async (directive: string, extra: Record<string, unknown> = {}) => {
    const streaming = extra.stream === true ? { onprogress: () => undefined } : undefined;
    const result = await call(say(`[[mock: ${directive}]] hello streaming world`, { model: 'small-openai', ...extra }), streaming);
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).not.toContain(openAiTestKey);
    expect(text).toMatch(/^Error: .+\nStatus: \d+ \(\w+\)\nRetry: .+\nFix: .+/);
    return text;
  };

  it('429 says retry may help and after how long', async () => {
    const text = await failing('status=429 retry_after=2');
    expect(text).toMatch(/Status: 429/);
    expect(text).toMatch(/Retry: may help after 2 s/);
    expect(text).toMatch(/Rate limited/);
  });

  it.each([
    ['status=500', /Status: 500[\s\S]*Retry: may help[\s\S]*server error/],
    ['status=503', /Status: 503[\s\S]*Retry: may help[\s\S]*overloaded/],
    ['status=529', /Status: 529[\s\S]*Retry: may help[\s\S]*overloaded/],
    ['status=401', /Status: 401[\s\S]*will not help[\s\S]*API key .* was rejected/],
    ['status=403', /Status: 403[\s\S]*lacks access/],
    ['status=400', /Status: 400[\s\S]*will not help[\s\S]*check the arguments/],
    ['stall=1500', /Status: 504 \(timeout_first_byte\)[\s\S]*may help[\s\S]*REQUEST_TIMEOUT/],
    ['cut_after=1', /Status: 502 \(upstream_unreachable\)[\s\S]*may help/],
  ])('%s is mapped to a useful error', async (directive, pattern) => {
    expect(await failing(directive)).toMatch(pattern);
  });

  it.each([
    ['cut_after=4', /stream_cut[\s\S]*Partial answer before the failure/],
    ['malformed_after=3', /stream_malformed/],
    ['error_event_after=3', /stream_error_event/],
  ])('stream fault %s is an error, with the partial answer', async (directive, pattern) => {
    expect(await failing(`${directive} chunk_delay=2`, { stream: true })).toMatch(pattern);
  });

  it('bad arguments get the validation message', async () => {
    const result = await call({ messages: [{ role: 'user', content: 'x' }], temperature: 5 });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Input validation error[\s\S]*temperature/);
    const empty = await call({ messages: [] });
    expect(textOf(empty)).toMatch(/at least one message/);
  });

  it('an unknown tool is a protocol error', async () => {
    const error = await connected.client.callTool({ name: 'no_such_tool', arguments: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(ErrorCode.InvalidParams);
    expect((error as McpError).message).toMatch(/Unknown tool: no_such_tool/);
  });

  it('a registry that cannot be created is an isError result, tried again on the next call', async () => {
    let attempts = 0;
    const broken = await connectToolset({
      registry: () => {
        attempts += 1;
        throw new Error('boom');
      },
    });
    try {
      const first = (await broken.client.callTool({ name: 'chat_completion', arguments: say('x') })) as CallToolResult;
      await broken.client.callTool({ name: 'list_models', arguments: {} });
      expect(first.isError).toBe(true);
      expect(textOf(first)).toMatch(/Error: boom/);
      expect(attempts).toBe(2);
    } finally {
      await broken.close();
    }
  });
});

describe('list_models', () => {
  const list = async (args: Record<string, unknown> = {}) => {
    const result = (await connected.client.callTool({ name: 'list_models', arguments: args })) as CallToolResult;
    return { result, output: result.structuredContent as ListModelsOutput };
  };

  it('lists id, provider, tier, prices, context window and capabilities, with the description', async () => {
    const { result, output } = await list();
    expect(output.count).toBe(3);
    expect(output.models.find((model) => model.id === 'large-openai')).toEqual({
      id: 'large-openai',
      provider: 'mock-openai',
      tier: 2,
      price_per_million_tokens_usd: { input: 5, output: 20 },
      context_window: 200_000,
      max_output_tokens: 8192,
      capabilities: ['code', 'tools', 'json', 'reasoning'],
    });
    expect(output).toMatchObject({ default_model: 'small-openai', providers: ['mock-openai', 'mock-anthropic'], description: operatorDescription });
    expect(textOf(result)).toContain('- large-openai (mock-openai, tier 2): $5 in / $20 out per 1M tokens, 200K context');
    expect(textOf(result)).toContain(operatorDescription);
  });

  it('filters by capability, provider, tier and price', async () => {
    expect((await list({ capability: 'reasoning' })).output.models.map((model) => model.id)).toEqual(['large-openai']);
    expect((await list({ capability: ['vision', 'tools'], provider: 'mock-anthropic' })).output.models.map((model) => model.id)).toEqual(['small-anthropic']);
    expect((await list({ tier: 1 })).output.count).toBe(2);
    expect((await list({ max_input_price: 1 })).output.models.map((model) => model.id)).toEqual(['small-openai', 'small-anthropic']);
    expect((await list({ max_output_price: 1 })).output.count).toBe(0);
    expect(textOf((await list({ max_output_price: 1 })).result)).toMatch(/^No model matches/);
  });

  it('rejects a bad filter with the validation message', async () => {
    const { result } = await list({ capability: 'telepathy' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Input validation error/);
  });
});

describe('answers worth a warning', () => {
  it('flags a cut answer, a filtered one and broken JSON', async () => {
    const cut = await call(say('[[mock: finish=length]] long story', { model: 'small-openai' }));
    expect(structured(cut)).toMatchObject({ finish_reason: 'length' });
    expect(structured(cut).warnings.join(' ')).toMatch(/hit max_tokens/);
    const filtered = await call(say('[[mock: finish=content_filter]] hmm', { model: 'small-anthropic' }));
    expect(structured(filtered).warnings.join(' ')).toMatch(/content filter/);
    const broken = await call(say('[[mock: json=invalid]] data please', { model: 'small-openai', response_format: { type: 'json_object' } }));
    expect(broken.isError).toBeFalsy();
    expect(structured(broken).warnings).toContain('response_format asked for JSON but the answer is not valid JSON');
  });

  it('describes an empty answer and a refusal instead of returning nothing', async () => {
    expect(textOf(await call(say('[[mock: empty]] x', { model: 'small-openai' })))).toBe('(The model returned no text; finish reason: stop.)');
    expect(textOf(await call(say('[[mock: refusal]] x', { model: 'small-anthropic' })))).toMatch(/can't help/);
  });
});
