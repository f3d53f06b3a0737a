import { createDatabase, type ContextStoreDatabase } from '@gw/context-store';
import { createProviderRegistry, type ProviderRegistry } from '@gw/providers';
import { createMappingRegistry, type MappingRegistry, type MappingRegistryOptions } from '../src/create-mapping-registry.js';
import { migrateMappingRegistry } from '../src/database/migrate-mapping-registry.js';
import type { Principal } from '../src/keys/principal.js';

/** Two configured providers and three catalog models; nothing here is ever called over the network. */
export function createTestModels(): ProviderRegistry {
  return createProviderRegistry({
    builtInModels: false,
    proxy: false,
    providers: [
      { id: 'mock-openai', format: 'openai', baseURL: 'http://127.0.0.1:9/v1', apiKey: 'test-openai-key' },
      { id: 'mock-anthropic', format: 'anthropic', baseURL: 'http://127.0.0.1:9', apiKey: 'test-anthropic-key' },
    ],
    models: [
      { id: 'small-openai', provider: 'mock-openai', upstreamModel: 'mock-small', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32_000 },
      { id: 'large-openai', provider: 'mock-openai', upstreamModel: 'mock-large', tier: 2, price: { input: 5, output: 10 }, contextWindow: 128_000 },
      { id: 'small-anthropic', provider: 'mock-anthropic', upstreamModel: 'mock-small', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32_000 },
    ],
  });
}

export interface TestRegistry {
  database: ContextStoreDatabase;
  models: ProviderRegistry;
  registry: MappingRegistry;
  admin: Principal;
  alice: Principal;
  bob: Principal;
  close(): Promise<void>;
}

/** PGlite in memory with the context store's and the registry's real migrations, an admin and two users. */
export async function createTestRegistry(overrides: Partial<MappingRegistryOptions> = {}): Promise<TestRegistry> {
  const database = await createDatabase({ kind: 'pglite' });
  await migrateMappingRegistry(database.db);
  const models = createTestModels();
  const registry = createMappingRegistry({ db: database.db, models, ...overrides });
  const admin = await registry.authenticate(await bootstrap(registry));
  const alice = await registry.authenticate((await registry.createKey(admin, { ownerId: 'alice' })).key);
  const bob = await registry.authenticate((await registry.createKey(admin, { ownerId: 'bob' })).key);
  return {
    database,
    models,
    registry,
    admin,
    alice,
    bob,
    close: async () => {
      await registry.cache.close();
      await models.close();
      await database.close();
    },
  };
}

export const testAdminKey = `ak_${'TestAdminKeyOnlyForTests'.repeat(2)}`;

async function bootstrap(registry: MappingRegistry): Promise<string> {
  await registry.bootstrapAdminKey(testAdminKey);
  return testAdminKey;
}

/** Runs a promise expected to reject and returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ status?: number; code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { status?: number; code?: string; message: string };
  }
  throw new Error('expected the promise to reject');
}
