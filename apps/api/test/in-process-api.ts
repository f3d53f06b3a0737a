import { createDatabase, type ContextStoreDatabase } from '@gw/context-store';
import { createMappingRegistry, createMappingRegistryClient, migrateMappingRegistry, type MappingRegistry, type MappingRegistryClient } from '@gw/mapping-registry';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { createProviderRegistry, type ProviderRegistry } from '@gw/providers';
import type { FastifyInstance } from 'fastify';
import { createApiServer } from '../src/create-api-server.js';

export const adminKey = `ak_${'InProcessAdminKeyForTests'.repeat(2)}`;

/** The operator's config in every api test: one OpenAI-format provider on the mock, two models. */
export function mockProviderConfig(mock: MockLlm) {
  return {
    builtInModels: false,
    proxy: false as const,
    providers: [{ id: 'mock', format: 'openai' as const, baseURL: `${mock.url}/v1`, apiKey: 'test-openai-key' }],
    models: [
      { id: 'fast-model', provider: 'mock', upstreamModel: 'mock-fast-upstream', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32_000 },
      { id: 'strong-model', provider: 'mock', upstreamModel: 'mock-strong-upstream', tier: 2, price: { input: 5, output: 10 }, contextWindow: 128_000 },
    ],
  };
}

export interface InProcessApi {
  mock: MockLlm;
  url: string;
  server: FastifyInstance;
  registry: MappingRegistry;
  providers: ProviderRegistry;
  database: ContextStoreDatabase;
  client(apiKey?: string): MappingRegistryClient;
  close(): Promise<void>;
}

/** createApiServer on PGlite in memory and the in-memory cache, listening on 127.0.0.1, with the mock upstream. */
export async function startInProcessApi(): Promise<InProcessApi> {
  const mock = await startMockLlm({ port: 0 });
  const providers = createProviderRegistry(mockProviderConfig(mock));
  const database = await createDatabase({ kind: 'pglite' });
  await migrateMappingRegistry(database.db);
  const registry = createMappingRegistry({ db: database.db, models: providers });
  await registry.bootstrapAdminKey(adminKey);
  const server = await createApiServer({ providers, registry, healthInfo: { database: 'pglite', cache: 'memory' } });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    mock,
    url,
    server,
    registry,
    providers,
    database,
    client: (apiKey = adminKey) => createMappingRegistryClient({ baseURL: url, apiKey, timeoutMs: 10_000 }),
    close: async () => {
      await server.close();
      await providers.close();
      await database.close();
      await mock.close();
    },
  };
}
