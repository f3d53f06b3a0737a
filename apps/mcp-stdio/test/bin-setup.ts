import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const workspaceRoot = join(projectRoot, '..', '..');
/** The built bin, exactly what `npx gw-mcp` runs (the test target depends on build). */
export const binPath = join(projectRoot, 'dist', 'main.js');

export const openAiTestKey = 'test-openai-key';
export const anthropicTestKey = 'test-anthropic-key';

export function assertBinBuilt(): void {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: run "npx nx run @gw/mcp-stdio:build" first`);
}

/** Only what the server needs: the tests must not depend on (or leak) the developer's environment. */
export function baseEnvironment(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...extra };
}

export type ApiFormat = 'openai' | 'anthropic';

/** mcp-ai-gateway's variables pointed at the mock upstream. */
export function singleProviderEnvironment(mock: MockLlm, format: ApiFormat, extra: Record<string, string> = {}): Record<string, string> {
  return baseEnvironment({
    API_FORMAT: format,
    API_KEY: format === 'openai' ? openAiTestKey : anthropicTestKey,
    API_ENDPOINT: format === 'openai' ? `${mock.url}/v1` : mock.url,
    DEFAULT_MODEL: format === 'openai' ? 'gpt-6-luna' : 'claude-haiku-5-5',
    ...extra,
  });
}

export interface SpawnedClient {
  client: Client;
  stderr(): string;
  close(): Promise<void>;
}

/** A real SDK client spawning the built bin over stdio. */
export async function connectToBin(env: Record<string, string>): Promise<SpawnedClient> {
  assertBinBuilt();
  const transport = new StdioClientTransport({ command: process.execPath, args: [binPath], env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const client = new Client({ name: 'gw-mcp-test', version: '0.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

export interface RawRun {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns the bin with raw pipes, for byte-level checks of stdout and stderr. */
export function spawnBin(env: Record<string, string>): RawRun {
  assertBinBuilt();
  const child = spawn(process.execPath, [binPath], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

export async function startTestUpstream(): Promise<MockLlm> {
  return startMockLlm({ port: 0 });
}

export function textOf(result: { content?: unknown }): string {
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return content.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}

export const initializeRequest = {
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw-test', version: '0' } },
} as const;

/**
 * A GW_CONFIG file with one OpenAI-format provider on the mock and four tiers of models (tier-zero … tier-three),
 * every one able to do code, tools, JSON and reasoning, so routing picks by difficulty alone.
 */
export function writeTieredConfig(mock: MockLlm, path: string, extra: Record<string, unknown> = {}): void {
  const tier = (id: string, number: number, price: number) => ({
    id,
    provider: 'team',
    tier: number,
    price: { input: price, output: price * 4 },
    contextWindow: 64000,
    capabilities: ['code', 'tools', 'json', 'reasoning'],
  });
  writeFileSync(
    path,
    JSON.stringify({
      providers: [{ id: 'team', format: 'openai', kind: 'compatible', baseURL: `${mock.url}/v1` }],
      models: [tier('tier-zero', 0, 0.05), tier('tier-one', 1, 0.2), tier('tier-two', 2, 2), tier('tier-three', 3, 10)],
      ...extra,
    }),
  );
}
