import { llmCalls, type ContextStoreDatabase } from '@gw/context-store';
import type { RegistryCache } from '@gw/mapping-registry';
import type { FastifyInstance } from 'fastify';
import { probeWithTimeout, type ProbeResult } from '../health/probe-with-timeout.js';

export interface HealthDependencies {
  /** Storage kinds shown as they are (`database`, `cache`); never secrets. */
  info: Record<string, unknown>;
  /** Probed on every call: down means 503. */
  database?: ContextStoreDatabase;
  /** Probed when it is Redis: down is reported (`degraded`) but still 200, since requests can be served without it. */
  cache?: RegistryCache;
  timeoutMs?: number;
}

/**
 * `GET /health`, no key needed: `{ status, database, cache, checks: { database, redis } }`. `status` is `ok`, `degraded`
 * (Redis down) or `unavailable` (database down, answered with 503 so load balancers take the replica out).
 */
export function registerHealthRoute(server: FastifyInstance, dependencies: HealthDependencies): void {
  const timeoutMs = dependencies.timeoutMs ?? 2_000;
  const { database, cache } = dependencies;
  server.get('/health', { config: { public: true } }, async (_request, reply) => {
    const [databaseCheck, redisCheck] = await Promise.all([
      database ? probeWithTimeout(() => database.db.select({ requestId: llmCalls.requestId }).from(llmCalls).limit(0), timeoutMs) : undefined,
      cache?.kind === 'redis' ? probeWithTimeout(() => cache.getMany(['health-probe']), timeoutMs) : undefined,
    ]);
    const checks: Record<string, ProbeResult | { status: 'not_configured' }> = {
      database: databaseCheck ?? { status: 'not_configured' },
      redis: redisCheck ?? { status: 'not_configured' },
    };
    const status = databaseCheck?.status === 'down' ? 'unavailable' : redisCheck?.status === 'down' ? 'degraded' : 'ok';
    return reply.code(status === 'unavailable' ? 503 : 200).header('cache-control', 'no-store').send({ status, ...dependencies.info, checks });
  });
}
