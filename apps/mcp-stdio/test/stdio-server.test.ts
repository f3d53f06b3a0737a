import type { MockLlm } from '@gw/mock-llm';
import type { ChatCompletionOutput, ListModelsOutput } from '@gw/mcp-tools';
import { ErrorCode, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anthropicTestKey, connectToBin, openAiTestKey, singleProviderEnvironment, startTestUpstream, textOf, type ApiFormat, type SpawnedClient } from './bin-setup.js';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startTestUpstream();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const description = 'Team note: prefer the cheap model for summaries.';
const keys = [openAiTestKey, anthropicTestKey];
const say = (text: string, extra: Record<string, unknown> = {}) => ({ messages: [{ role: 'user', content: text }], ...extra });
const structured = (result: CallToolResult) => result.structuredContent as ChatCompletionOutput;
const upstreamBody = () => mock.lastRequest()!.body as Record<string, unknown>;

describe.each<[ApiFormat, string]>([
  ['openai', 'gpt-6-luna'],
  ['anthropic', 'claude-haiku-5-5'],
])('gw-mcp with API_FORMAT=%s', (format, defaultModel) => {
  let spawned: SpawnedClient;
  const outputs: string[] = [];
  const call = async (args: Record<string, unknown>, options?: Parameters<SpawnedClient['client']['callTool']>[2]) => {
    const result = (await spawned.client.callTool({ name: 'chat_completion', arguments: args }, undefined, options)) as CallToolResult;
    outputs.push(JSON.stringify(result));
    return result;
  };

  beforeAll(async () => {
    spawned = await connectToBin(
      singleProviderEnvironment(mock, format, {
        DESCRIPTION: description,
        DEFAULT_TEMPERATURE: '0.4',
        DEFAULT_MAX_TOKENS: '300',
        REQUEST_TIMEOUT: '2',
        LOG_LEVEL: 'debug',
      }),
    );
  });
  afterAll(async () => {
    await spawned.close();
    // No key in any tool output or log line, whatever happened above.
    for (const key of keys) {
      expect(outputs.join('\n')).not.toContain(key);
      expect(spawned.stderr()).not.toContain(key);
    }
  });

  it('reports itself and lists the gateway tools with the DESCRIPTION', async () => {
    expect(spawned.client.getServerVersion()).toMatchObject({ name: 'gw', version: '0.1.0' });
    const { tools } = await spawned.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['chat_completion', 'list_models']);
    for (const tool of tools) expect(tool.description).toContain(description);
  });

  it('answers with text, usage and the cost at catalog prices', async () => {
    const result = await call(say('What is the capital of France?'));
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe(`[${defaultModel}] echo: What is the capital of France?`);
    const output = structured(result);
    expect(output).toMatchObject({ model: defaultModel, provider: format, finish_reason: 'stop' });
    const list = await spawned.client.callTool({ name: 'list_models', arguments: {} });
    const listed = (list.structuredContent as ListModelsOutput).models.find((model) => model.id === defaultModel)!;
    const price = listed.price_per_million_tokens_usd;
    expect(output.cost_usd).toBeCloseTo((output.usage.prompt_tokens * price.input + output.usage.completion_tokens * price.output) / 1e6, 12);
    expect(output.cost_usd).toBeGreaterThan(0);
    // The request went out with the operator's defaults and the key in the right header.
    expect(upstreamBody()).toMatchObject({ model: defaultModel, temperature: 0.4, max_tokens: 300 });
    const headers = mock.lastRequest()!.headers;
    if (format === 'openai') expect(headers.authorization).toBe(`Bearer ${openAiTestKey}`);
    else expect(headers['x-api-key']).toBe(anthropicTestKey);
  });

  it('passes any model name through to the single provider, as mcp-ai-gateway did', async () => {
    const result = await call(say('old model name', { model: 'my-custom-model' }));
    expect(result.isError).toBeFalsy();
    expect(upstreamBody().model).toBe('my-custom-model');
    expect(structured(result).warnings.join(' ')).toMatch(/no price is known/);
  });

  it('streams progress notifications with the partial text, and returns the whole answer', async () => {
    const pieces: string[] = [];
    const result = await call(say('[[mock: chunk_delay=5]] tell me a short story please', { stream: true }), {
      onprogress: (progress) => pieces.push(progress.message ?? ''),
    });
    expect(pieces.length).toBeGreaterThan(3);
    const answer = `[${defaultModel}] echo: tell me a short story please`;
    expect(pieces.join('')).toBe(answer);
    expect(textOf(result)).toBe(answer);
    expect(structured(result)).toMatchObject({ streamed: true, finish_reason: 'stop' });
    expect(structured(result).cost_usd).toBeGreaterThan(0);
  });

  it('sends images', async () => {
    const result = await call({
      messages: [
        { role: 'system', content: 'Describe images.' },
        { role: 'user', content: [{ type: 'text', text: 'what is this?' }, { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } }] },
      ],
    });
    expect(textOf(result)).toBe(`[${defaultModel}] echo: what is this? (images=1) (system=1)`);
  });

  it('returns tool calls', async () => {
    const tools = [{ type: 'function', function: { name: 'search_docs', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } } }];
    const result = await call(say('find the docs', { tools, tool_choice: 'required' }));
    expect(structured(result).finish_reason).toBe('tool_calls');
    expect(structured(result).tool_calls[0]).toMatchObject({ name: 'search_docs' });
    expect(JSON.parse(structured(result).tool_calls[0]!.arguments)).toEqual({ query: expect.any(String) });
    expect(textOf(result)).toMatch(/search_docs\(/);
  });

  it('honours response_format', async () => {
    const schema = { type: 'object', properties: { answer: { type: 'string' }, confidence: { type: 'number' } }, required: ['answer', 'confidence'] };
    const result = await call(say('json please', { response_format: { type: 'json_schema', json_schema: { name: 'reply', schema } } }));
    expect(JSON.parse(textOf(result))).toEqual({ answer: expect.any(String), confidence: expect.any(Number) });
    expect(structured(result).warnings).toEqual([]);
  });

  it.each([
    ['status=429 retry_after=2', /Status: 429[\s\S]*Retry: may help after 2 s[\s\S]*Rate limited/],
    ['status=500', /Status: 500[\s\S]*Retry: may help[\s\S]*server error/],
    ['status=503 retry_after=1', /Status: 503[\s\S]*Retry: may help after 1 s[\s\S]*overloaded/],
    ['status=529', /Status: 529[\s\S]*Retry: may help[\s\S]*overloaded/],
    ['status=401', /Status: 401[\s\S]*will not help[\s\S]*API key .* was rejected/],
    ['status=404', /Status: 404[\s\S]*pick a model from list_models/],
    ['stall=2500', /Status: 504 \(timeout_\w+\)[\s\S]*REQUEST_TIMEOUT/],
    ['cut_after=1', /Status: 502 \(upstream_unreachable\)[\s\S]*Retry: may help/],
  ])('fault %s is a useful isError result', async (directive, pattern) => {
    const result = await call(say(`[[mock: ${directive}]] hello`));
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(pattern);
  });

  it.each([
    ['cut_after=5', /stream_cut[\s\S]*Partial answer before the failure/],
    ['cut_after=0', /stream_cut[\s\S]*Retry: may help/],
    ['malformed_after=3', /stream_malformed/],
    ['error_event_after=3', /stream_error_event/],
    ['status=429 retry_after=3', /Status: 429[\s\S]*after 3 s/],
  ])('streamed fault %s is a useful isError result', async (directive, pattern) => {
    const result = await call(say(`[[mock: ${directive} chunk_delay=2]] hello streaming world`, { stream: true }), { onprogress: () => undefined });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(pattern);
  });

  it.each([
    ['latency=150', (result: CallToolResult) => expect(result.isError).toBeFalsy()],
    [
      'json=invalid',
      (result: CallToolResult) =>
        // Anthropic JSON mode runs through a forced tool (gw/providers), where the mock's broken text cannot land.
        format === 'openai' ? expect(structured(result).warnings.join(' ')).toMatch(/not valid JSON/) : expect(() => JSON.parse(textOf(result))).not.toThrow(),
    ],
    ['finish=length', (result: CallToolResult) => expect(structured(result).warnings.join(' ')).toMatch(/max_tokens/)],
    ['empty', (result: CallToolResult) => expect(textOf(result)).toMatch(/returned no text/)],
    ['refusal', (result: CallToolResult) => expect(textOf(result)).toMatch(/can't help/)],
    ['cached=40 reasoning=7', (result: CallToolResult) => expect(structured(result).usage).toMatchObject({ cached_tokens: 40 })],
  ])('answer shaping %s is reported', async (directive, check) => {
    const extra = directive.startsWith('json') ? { response_format: { type: 'json_object' } } : {};
    check(await call(say(`[[mock: ${directive}]] hello`, extra)));
  });

  it('bad arguments get the validation message; an unknown tool is a protocol error', async () => {
    const bad = await call({ messages: [{ role: 'user', content: 'x' }], top_p: 7 });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/Input validation error[\s\S]*top_p/);
    const unknown = await spawned.client.callTool({ name: 'chat', arguments: {} }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(McpError);
    expect((unknown as McpError).code).toBe(ErrorCode.InvalidParams);
  });

  it('logs to stderr as JSON lines, never the key', () => {
    const lines = spawned.stderr().trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ name: 'gw-mcp', level: expect.any(String) });
  });
});
