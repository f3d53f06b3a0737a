import { createContextManager, createDatabase, createMemoryHotTier, type ContextManager, type ContextStoreDatabase } from '@gw/context-store';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { createProviderRegistry, type CanonicalRequest, type ProviderRegistry } from '@gw/providers';
import { createInMemoryCooldownStore, createRouter, type Router, type RouterOptions, type RoutingTrace } from '@gw/router';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerTool } from '../tool-definition.js';
import type { CodeToolsetOptions } from './code-toolset-options.js';
import { createCodeToolset } from './create-code-toolset.js';

/** Two tiers over both wire formats; upstream model name = catalog id, so the echo names who answered. */
export function createCodeTestRegistry(mock: MockLlm): ProviderRegistry {
  return createProviderRegistry({
    builtInModels: false,
    proxy: false,
    timeoutMs: 3_000,
    providers: [
      { id: 'mock-openai', format: 'openai', baseURL: `${mock.url}/v1`, apiKey: 'test-openai-key' },
      { id: 'mock-anthropic', format: 'anthropic', baseURL: mock.url, apiKey: 'test-anthropic-key' },
    ],
    models: [
      { id: 'coder-small', provider: 'mock-openai', upstreamModel: 'coder-small', tier: 1, price: { input: 1, output: 2 }, contextWindow: 128_000, maxOutputTokens: 4_096, capabilities: ['code', 'json', 'tools', 'reasoning'] },
      { id: 'coder-large', provider: 'mock-anthropic', upstreamModel: 'coder-large', tier: 2, price: { input: 5, output: 20 }, contextWindow: 128_000, maxOutputTokens: 4_096, capabilities: ['code', 'json', 'tools', 'reasoning'] },
    ],
  });
}

/** What the router answered, call by call: the traces the tool's totals must add up to. */
export interface RecordingRouter extends Pick<Router, 'route'> {
  traces: RoutingTrace[];
  requests: CanonicalRequest[];
}

/** Every task starts at tier 1 and may escalate to tier 2; retries do not wait. */
export function createRecordingRouter(registry: ProviderRegistry, options: Partial<RouterOptions> = {}): RecordingRouter {
  const router = createRouter({
    registry,
    defaultTier: 1,
    maxTier: 2,
    difficultyThresholds: [2, 2, 2],
    firstByteTimeoutMs: 1_000,
    random: () => 0.5,
    sleep: async () => undefined,
    cooldownStore: createInMemoryCooldownStore({ failureThreshold: 50, cooldownMs: 1_000 }),
    ...options,
  });
  const traces: RoutingTrace[] = [];
  const requests: CanonicalRequest[] = [];
  return {
    traces,
    requests,
    async route(request, options) {
      requests.push(request);
      const response = await router.route(request, options);
      traces.push(response.gw!.routing as RoutingTrace);
      return response;
    },
  };
}

export interface CodeTestStore {
  database: ContextStoreDatabase;
  contextManager: ContextManager;
  /** A second manager with its own empty hot tier: what it reads comes from the database. */
  readFromDatabase(): ContextManager;
}

export async function createCodeTestStore(): Promise<CodeTestStore> {
  const database = await createDatabase({ kind: 'pglite' });
  return {
    database,
    contextManager: createContextManager({ database, hotTier: createMemoryHotTier() }),
    readFromDatabase: () => createContextManager({ database, hotTier: createMemoryHotTier() }),
  };
}

export async function startCodeTestMock(): Promise<MockLlm> {
  return startMockLlm({ port: 0 });
}

/** A mock rule whose answer is this plan, for the first `times` matching requests. */
export function planReplyRule(titles: readonly (string | { title: string; detail: string })[], times = 1): string {
  const steps = titles.map((item) => (typeof item === 'string' ? { title: item, detail: `Do: ${item}` } : item));
  return `reply=${encodeURIComponent(JSON.stringify({ steps }))} times=${times}`;
}

export function chatRequests(mock: MockLlm) {
  return mock.requests().filter((request) => request.method === 'POST');
}

/** The user text of a recorded OpenAI or Anthropic body. */
export function userTextOf(body: unknown): string {
  const messages = (body as { messages?: { role: string; content: unknown }[] }).messages ?? [];
  return messages
    .filter((message) => message.role === 'user')
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : (message.content as { type: string; text?: string }[]).map((part) => part.text ?? '').join(''),
    )
    .join('\n');
}

export interface ConnectedCodeToolset {
  client: Client;
  close(): Promise<void>;
}

export async function connectCodeToolset(options: CodeToolsetOptions): Promise<ConnectedCodeToolset> {
  const server = new McpServer({ name: 'gw-code-test', version: '0.0.0' });
  for (const definition of createCodeToolset(options)) registerTool(server, definition);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test-client', version: '0.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

export function textOf(result: { content?: unknown }): string {
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return content.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}
