import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockLlm } from '@gw/mock-llm';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionOutput, ListModelsOutput } from '@gw/mcp-tools';
import {
  baseEnvironment,
  connectToBin,
  initializeRequest,
  openAiTestKey,
  singleProviderEnvironment,
  spawnBin,
  startTestUpstream,
  textOf,
  writeTieredConfig,
} from './bin-setup.js';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startTestUpstream();
});
afterAll(async () => {
  await mock.close();
});

describe('a bad or missing setting fails at start', () => {
  const secret = 'test-secret-key-value';
  it.each([
    [{}, /^gw-mcp: API_KEY: no provider is configured: set API_KEY .* or GW_CONFIG/],
    [{ API_FORMAT: 'gemini', API_KEY: secret }, /^gw-mcp: API_FORMAT: must be "openai" or "anthropic" \(got "gemini"\)$/],
    [{ API_FORMAT: 'anthropic' }, /^gw-mcp: API_KEY: is not set; API_FORMAT=anthropic needs/],
    [{ API_KEY: secret, API_ENDPOINT: 'api.example.com/v1' }, /^gw-mcp: API_ENDPOINT: (is not a valid URL|must be an http or https URL)/],
    [{ API_KEY: secret, REQUEST_TIMEOUT: 'sixty' }, /^gw-mcp: REQUEST_TIMEOUT: must be a number of seconds/],
    [{ API_KEY: secret, DEFAULT_TEMPERATURE: '7' }, /^gw-mcp: DEFAULT_TEMPERATURE: must be a number from 0 to 2/],
    [{ API_KEY: secret, DEFAULT_MAX_TOKENS: 'lots' }, /^gw-mcp: DEFAULT_MAX_TOKENS: must be a whole number/],
    [{ API_KEY: secret, LOG_LEVEL: 'chatty' }, /^gw-mcp: LOG_LEVEL: must be one of debug, info, warn, error, silent/],
    [{ API_KEY: secret, HTTPS_PROXY: 'http://bad host:80' }, /^gw-mcp: HTTPS_PROXY: is not a valid URL/],
    [{ OPENAI_API_KEY: secret, ANTHROPIC_API_KEY: secret, DEFAULT_MODEL: 'gpt-0' }, /^gw-mcp: DEFAULT_MODEL: Unknown model "gpt-0"/],
    [{ GW_CONFIG: '/nonexistent/gw.json' }, /^gw-mcp: GW_CONFIG: cannot read \/nonexistent\/gw\.json: no such file$/],
    [{ API_KEY: secret, MAX_ESCALATION_LAYER: 'top' }, /^gw-mcp: MAX_ESCALATION_LAYER: must be a tier number 0-9 or L0-L9 \(got "top"\)$/],
  ])('%o', async (variables, expected) => {
    const run = spawnBin(baseEnvironment(variables as Record<string, string>));
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    expect(run.stdout()).toBe('');
    const lines = run.stderr().split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(run.stderr()).not.toContain(secret);
  });
});

describe('process hygiene', () => {
  const send = (run: ReturnType<typeof spawnBin>, message: unknown) => run.child.stdin.write(`${JSON.stringify(message)}\n`);
  const waitForLine = async (run: ReturnType<typeof spawnBin>, id: number) => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (run.stdout().split('\n').some((line) => line.includes(`"id":${id}`))) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no answer to ${id}; stderr: ${run.stderr()}`);
  };

  it('touches no network before the first call, and exits 0 when stdin closes', async () => {
    mock.reset();
    const run = spawnBin(singleProviderEnvironment(mock, 'openai'));
    send(run, initializeRequest);
    await waitForLine(run, 0);
    send(run, { jsonrpc: '2.0', method: 'notifications/initialized' });
    send(run, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
    await waitForLine(run, 1);
    expect(mock.requests()).toHaveLength(0);
    run.child.stdin.end();
    const exit = await run.exited;
    expect(exit).toEqual({ code: 0, signal: null });
  });

  it('exits cleanly when stdout breaks (EPIPE)', async () => {
    const run = spawnBin(singleProviderEnvironment(mock, 'openai', { LOG_LEVEL: 'debug' }));
    send(run, initializeRequest);
    await waitForLine(run, 0);
    // The client stops reading: the server's next writes hit a closed pipe.
    run.child.stdout.destroy();
    for (let id = 1; id <= 20; id += 1) send(run, { jsonrpc: '2.0', id, method: 'tools/list' });
    const exit = await run.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(run.stderr()).toContain('"reason":"stdout EPIPE"');
    expect(run.stderr()).not.toMatch(/Error:|at .*\.js/);
  });

  it('exits 0 on SIGTERM', async () => {
    const run = spawnBin(singleProviderEnvironment(mock, 'openai'));
    send(run, initializeRequest);
    await waitForLine(run, 0);
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  });
});

describe('other configuration modes through the bin', () => {
  it('multi-provider mode: one key variable per provider, base URLs overridden to the mock', async () => {
    const spawned = await connectToBin(
      baseEnvironment({
        OPENAI_API_KEY: openAiTestKey,
        OPENAI_BASE_URL: `${mock.url}/v1`,
        ANTHROPIC_API_KEY: 'test-anthropic-key',
        ANTHROPIC_BASE_URL: mock.url,
        OSS_MODEL_ENDPOINT: mock.url,
        DEFAULT_MODEL: 'claude-sonnet-5-5',
      }),
    );
    try {
      const list = await spawned.client.callTool({ name: 'list_models', arguments: { tier: 0 } });
      const output = list.structuredContent as ListModelsOutput;
      expect(output.providers).toEqual(['openai', 'anthropic', 'ollama']);
      expect(output.models.every((model) => model.provider === 'ollama' && model.price_per_million_tokens_usd.input === 0)).toBe(true);
      const byDefault = (await spawned.client.callTool({ name: 'chat_completion', arguments: { messages: [{ role: 'user', content: 'hi' }] } })) as CallToolResult;
      expect((byDefault.structuredContent as ChatCompletionOutput).provider).toBe('anthropic');
      const local = (await spawned.client.callTool({ name: 'chat_completion', arguments: { model: 'qwen3-coder:30b', messages: [{ role: 'user', content: 'hi' }] } })) as CallToolResult;
      expect(local.structuredContent).toMatchObject({ provider: 'ollama', cost_usd: 0 });
      const openai = (await spawned.client.callTool({ name: 'chat_completion', arguments: { model: 'openai/gpt-6-luna', messages: [{ role: 'user', content: 'hi' }] } })) as CallToolResult;
      expect(textOf(openai)).toBe('[gpt-6-luna] echo: hi');
    } finally {
      await spawned.close();
    }
  });

  it('GW_CONFIG: a JSON file with ${VAR} keys', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'gw-mcp-config-'));
    const path = join(directory, 'gw.json');
    writeFileSync(
      path,
      JSON.stringify({
        providers: [{ id: 'team', format: 'openai', kind: 'compatible', baseURL: `${mock.url}/v1`, apiKey: '${TEAM_KEY}' }],
        models: [{ id: 'team-small', provider: 'team', upstreamModel: 'mock-small', tier: 1, price: { input: 2, output: 4 }, contextWindow: 64000 }],
        defaultModel: 'team-small',
      }),
    );
    const spawned = await connectToBin(baseEnvironment({ GW_CONFIG: path, TEAM_KEY: 'test-team-key' }));
    try {
      const result = (await spawned.client.callTool({ name: 'chat_completion', arguments: { messages: [{ role: 'user', content: 'hi' }] } })) as CallToolResult;
      expect(textOf(result)).toBe('[mock-small] echo: hi');
      expect(result.structuredContent).toMatchObject({ model: 'team-small', provider: 'team' });
      expect(mock.lastRequest()!.headers.authorization).toBe('Bearer test-team-key');
    } finally {
      await spawned.close();
    }
  });

  it('model "auto" is routed over the configured tiers; MAX_ESCALATION_LAYER caps the choice', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'gw-mcp-routing-'));
    const path = join(directory, 'gw.json');
    writeTieredConfig(mock, path, { defaultModel: 'tier-one' });
    const hard = 'Prove that there are infinitely many primes of the form 4k+3, step by step, then implement a sieve in Rust that lists them with O(n log log n) time.';
    const routed = await connectToBin(baseEnvironment({ GW_CONFIG: path }));
    try {
      const easy = (await routed.client.callTool({ name: 'chat_completion', arguments: { model: 'auto', messages: [{ role: 'user', content: 'hi' }] } })) as CallToolResult;
      expect(easy.structuredContent).toMatchObject({ model: 'tier-zero' });
      const difficult = (await routed.client.callTool({ name: 'chat_completion', arguments: { model: 'auto', messages: [{ role: 'user', content: hard }] } })) as CallToolResult;
      expect(difficult.structuredContent).toMatchObject({ model: 'tier-three' });
      const byDefault = (await routed.client.callTool({ name: 'chat_completion', arguments: { messages: [{ role: 'user', content: hard }] } })) as CallToolResult;
      expect(byDefault.structuredContent).toMatchObject({ model: 'tier-one' });
    } finally {
      await routed.close();
    }
    const capped = await connectToBin(baseEnvironment({ GW_CONFIG: path, MAX_ESCALATION_LAYER: 'L1' }));
    try {
      const difficult = (await capped.client.callTool({ name: 'chat_completion', arguments: { model: 'auto', messages: [{ role: 'user', content: hard }] } })) as CallToolResult;
      expect(difficult.structuredContent).toMatchObject({ model: 'tier-one' });
    } finally {
      await capped.close();
    }
  });
});
