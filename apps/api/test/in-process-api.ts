import {
  createCallLogWriter,
  createContextManager,
  createDatabase,
  createMemoryHotTier,
  llmCalls,
  type CallLogRow,
  type CallLogWriter,
  type ContextManager,
  type ContextStoreDatabase,
} from '@gw/context-store';
import { createMappingRegistry, createMappingRegistryClient, migrateMappingRegistry, type MappingRegistry, type MappingRegistryClient } from '@gw/mapping-registry';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { createProviderRegistry, type ProviderRegistry } from '@gw/providers';
import { createRouter } from '@gw/router';
import type { FastifyInstance } from 'fastify';
import { createApiServer } from '../src/create-api-server.js';
import type { ApiMcpOptions } from '../src/mcp/mcp-options.js';

export const adminKey = `ak_${'InProcessAdminKeyForTests'.repeat(2)}`;

/** The operator's config in every api test: one OpenAI-format provider on the mock, two models. */
export function mockProviderConfig(mock: MockLlm, upstreamURL = mock.url) {
  return {
    builtInModels: false,
    proxy: false as const,
    providers: [{ id: 'mock', format: 'openai' as const, baseURL: `${upstreamURL}/v1`, apiKey: 'test-openai-key' }],
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
  callLog: CallLogWriter;
  /** A context manager with its own empty hot tier: what it reads comes from the database. */
  readFromDatabase(): ContextManager;
  client(apiKey?: string): MappingRegistryClient;
  /** Flushes the call log and reads the row of one request id back from the database. */
  callRow(requestId: string): Promise<CallLogRow | undefined>;
  /** Every call log row, oldest first (after a flush). */
  callRows(): Promise<CallLogRow[]>;
  close(): Promise<void>;
}

/** createApiServer on PGlite in memory and the in-memory cache, listening on 127.0.0.1, with the mock upstream. */
/** The mock config plus an Anthropic-format provider on the same mock (`claude-model`). */
export function mockProvidersWithAnthropic(mock: MockLlm) {
  const config = mockProviderConfig(mock);
  return {
    ...config,
    providers: [...config.providers, { id: 'mock-anthropic', format: 'anthropic' as const, baseURL: mock.url, apiKey: 'test-anthropic-key' }],
    models: [
      ...config.models,
      { id: 'claude-model', provider: 'mock-anthropic', upstreamModel: 'mock-claude-upstream', tier: 1, price: { input: 1, output: 5 }, contextWindow: 200_000, maxOutputTokens: 4_096 },
    ],
  };
}

export interface InProcessApiOptions {
  /** Put something between gw and the mock (the config's base URL becomes the returned URL). */
  upstreamURL?: (mock: MockLlm) => Promise<string>;
  /** Add an Anthropic-format provider on the mock (model `claude-model`). */
  anthropicUpstream?: boolean;
  /** What `/mcp` serves (default: the gateway toolset). */
  mcp?: ApiMcpOptions;
}

export async function startInProcessApi(options: InProcessApiOptions = {}): Promise<InProcessApi> {
  const mock = await startMockLlm({ port: 0 });
  const config = options.anthropicUpstream ? mockProvidersWithAnthropic(mock) : mockProviderConfig(mock, options.upstreamURL ? await options.upstreamURL(mock) : mock.url);
  const providers = createProviderRegistry(config);
  const database = await createDatabase({ kind: 'pglite' });
  await migrateMappingRegistry(database.db);
  const registry = createMappingRegistry({ db: database.db, models: providers });
  await registry.bootstrapAdminKey(adminKey);
  const callLog = createCallLogWriter({ database });
  // No backoff between retries: fault tests stay fast and deterministic.
  const router = createRouter({ registry: providers, sleep: async () => undefined });
  const contextManager = createContextManager({ database, hotTier: createMemoryHotTier() });
  const server = await createApiServer({
    providers,
    registry,
    router,
    callLog,
    healthInfo: { database: 'pglite', cache: 'memory' },
    healthChecks: { database },
    codeAgent: { contextManager },
    ...(options.mcp ? { mcp: options.mcp } : {}),
  });
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
    callLog,
    readFromDatabase: () => createContextManager({ database, hotTier: createMemoryHotTier() }),
    callRow: async (requestId) => {
      await callLog.flush();
      const rows = (await database.db.select().from(llmCalls)) as unknown as CallLogRow[];
      return rows.find((row) => row.requestId === requestId);
    },
    callRows: async () => {
      await callLog.flush();
      return (await database.db.select().from(llmCalls).orderBy(llmCalls.createdAt)) as unknown as CallLogRow[];
    },
    client: (apiKey = adminKey) => createMappingRegistryClient({ baseURL: url, apiKey, timeoutMs: 10_000 }),
    close: async () => {
      await server.close();
      await callLog.close();
      await providers.close();
      await database.close();
      await mock.close();
    },
  };
}
