import { createDatabase } from '@gw/context-store';
import { checkTestRedis, randomKeyPrefix } from '@gw/context-store/testing';
import { createMappingRegistry, createRedisRegistryCache, migrateMappingRegistry } from '@gw/mapping-registry';
import { createProviderRegistry } from '@gw/providers';
import { describe, expect, it } from 'vitest';
import { createApiServer } from '../src/create-api-server.js';
import { startInProcessApi } from './in-process-api.js';

const redisGate = await checkTestRedis();

describe('GET /health', () => {
  it('probes the database: 200 while it answers, 503 "unavailable" once it is gone', async () => {
    const api = await startInProcessApi();
    try {
      const up = await fetch(`${api.url}/health`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({
        status: 'ok',
        database: 'pglite',
        cache: 'memory',
        checks: { database: { status: 'up', latencyMs: expect.any(Number) }, redis: { status: 'not_configured' } },
      });
      await api.database.close();
      const down = await fetch(`${api.url}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable', checks: { database: { status: 'down', error: 'unreachable' } } });
    } finally {
      await api.server.close();
      await api.callLog.close().catch(() => undefined);
      await api.providers.close();
      await api.mock.close();
    }
  });

  it.skipIf(redisGate.skip)(redisGate.suiteName('reports Redis: up, then "degraded" (still 200) once its connection is gone'), async () => {
    const providers = createProviderRegistry({ builtInModels: false, proxy: false, providers: [{ id: 'mock', format: 'openai', baseURL: 'http://127.0.0.1:9/v1', apiKey: 'test-openai-key' }] });
    const database = await createDatabase({ kind: 'pglite' });
    await migrateMappingRegistry(database.db);
    const cache = await createRedisRegistryCache({ url: redisGate.url, keyPrefix: randomKeyPrefix('api-health') });
    const registry = createMappingRegistry({ db: database.db, models: providers, cache });
    const server = await createApiServer({ providers, registry, healthInfo: { database: 'pglite', cache: 'redis' }, healthChecks: { database, cache, timeoutMs: 500 } });
    try {
      const up = await server.inject({ method: 'GET', url: '/health' });
      expect(up.json()).toMatchObject({ status: 'ok', checks: { redis: { status: 'up' } } });
      await cache.close();
      const down = await server.inject({ method: 'GET', url: '/health' });
      expect(down.statusCode).toBe(200);
      expect(down.json()).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, redis: { status: 'down' } } });
    } finally {
      await server.close();
      await database.close();
      await providers.close();
    }
  });
});
