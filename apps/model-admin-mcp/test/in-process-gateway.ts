import { createApiServer } from '@gw/api';
import { createDatabase, type ContextStoreDatabase } from '@gw/context-store';
import { createMappingRegistry, createMappingRegistryClient, migrateMappingRegistry } from '@gw/mapping-registry';
import { createProviderRegistry, type ProviderRegistry } from '@gw/providers';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { FastifyInstance } from 'fastify';
import { createModelAdminServer, type ModelAdminServerOptions } from '../src/create-model-admin-server.js';

export const adminKey = `ak_${'AdminMcpInProcessKeyForTests'.repeat(2)}`;

/** Providers never called here (the MCP tools only manage aliases), so the upstream URL is a closed port. */
export function testProviderConfig(upstreamURL = 'http://127.0.0.1:9/v1') {
  return {
    builtInModels: false,
    proxy: false as const,
    providers: [{ id: 'mock', format: 'openai' as const, baseURL: upstreamURL, apiKey: 'test-openai-key' }],
    models: [
      { id: 'fast-model', provider: 'mock', upstreamModel: 'mock-fast-upstream', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32_000 },
      { id: 'strong-model', provider: 'mock', upstreamModel: 'mock-strong-upstream', tier: 2, price: { input: 5, output: 10 }, contextWindow: 128_000 },
    ],
  };
}

export interface InProcessGateway {
  url: string;
  server: FastifyInstance;
  /** An MCP client linked in memory to a model-admin server that talks to the gateway over real HTTP. */
  connect(options?: Partial<ModelAdminServerOptions>): Promise<Client>;
  createUserKey(ownerId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startInProcessGateway(): Promise<InProcessGateway> {
  const providers: ProviderRegistry = createProviderRegistry(testProviderConfig());
  const database: ContextStoreDatabase = await createDatabase({ kind: 'pglite' });
  await migrateMappingRegistry(database.db);
  const registry = createMappingRegistry({ db: database.db, models: providers });
  await registry.bootstrapAdminKey(adminKey);
  const server = await createApiServer({ providers, registry });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  const clients: Client[] = [];
  return {
    url,
    server,
    async connect(options = {}) {
      const mcpServer = createModelAdminServer({ baseURL: url, apiKey: adminKey, ...options });
      const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
      await mcpServer.connect(serverTransport);
      const client = new Client({ name: 'test', version: '1.0.0' });
      await client.connect(clientTransport);
      clients.push(client);
      return client;
    },
    createUserKey: async (ownerId) => (await createMappingRegistryClient({ baseURL: url, apiKey: adminKey }).createKey({ owner_id: ownerId })).key,
    async close() {
      for (const client of clients) await client.close();
      await server.close();
      await providers.close();
      await database.close();
    },
  };
}

/** Calls a tool and returns its result with `structuredContent` typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions reach into arbitrary tool JSON
export type LooseJson = Record<string, any>;

export async function callTool(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult & { structuredContent: LooseJson }> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult & { structuredContent: LooseJson };
}
