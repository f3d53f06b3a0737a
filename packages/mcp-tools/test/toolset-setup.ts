import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { createProviderRegistry, type ProviderRegistry } from '@gw/providers';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerToolsets, type RegisterToolsetsOptions } from '../src/index.js';

export const openAiTestKey = 'test-openai-key';
export const anthropicTestKey = 'test-anthropic-key';

/** One mock upstream behind both wire formats, with priced models so costs are exact. */
export function createTestRegistry(mock: MockLlm, timeouts: { timeoutMs?: number; firstByteTimeoutMs?: number } = {}): ProviderRegistry {
  return createProviderRegistry({
    builtInModels: false,
    proxy: false,
    ...timeouts,
    providers: [
      { id: 'mock-openai', format: 'openai', baseURL: `${mock.url}/v1`, apiKey: openAiTestKey },
      { id: 'mock-anthropic', format: 'anthropic', baseURL: mock.url, apiKey: anthropicTestKey },
    ],
    models: [
      { id: 'small-openai', provider: 'mock-openai', upstreamModel: 'mock-small', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32_000, capabilities: ['code', 'tools', 'json', 'vision'] },
      { id: 'small-anthropic', provider: 'mock-anthropic', upstreamModel: 'mock-small', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32_000, maxOutputTokens: 777, capabilities: ['code', 'tools', 'json', 'vision'] },
      { id: 'large-openai', provider: 'mock-openai', upstreamModel: 'mock-large', tier: 2, price: { input: 5, output: 20 }, contextWindow: 200_000, capabilities: ['code', 'tools', 'json', 'reasoning'] },
    ],
  });
}

export interface ConnectedToolset {
  client: Client;
  server: McpServer;
  close(): Promise<void>;
}

/** A real SDK Client talking to a real McpServer over the SDK's linked in-memory transports. */
export async function connectToolset(options: Omit<RegisterToolsetsOptions, 'toolsets'>): Promise<ConnectedToolset> {
  const server = new McpServer({ name: 'gw-test', version: '0.0.0' });
  registerToolsets(server, { toolsets: ['gateway'], ...options });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test-client', version: '0.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    server,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

export async function startTestUpstream(): Promise<MockLlm> {
  return startMockLlm({ port: 0 });
}

export function textOf(result: { content?: unknown }): string {
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return content.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}
