import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import postgres, { type Sql } from 'postgres';

export const databaseUrl = process.env.GW_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const redisUrl = process.env.GW_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const servicesRequired = process.env.GW_REQUIRE_SERVICES === '1';

export function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

/** Whether the service answers; with GW_REQUIRE_SERVICES=1 the suite runs (and fails) either way. */
export async function isPostgresAvailable(): Promise<boolean> {
  const probe = postgres(databaseUrl, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return servicesRequired;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

export async function isRedisAvailable(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return servicesRequired;
  } finally {
    probe.disconnect();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  admin: Sql;
  /** A URL for the same database logging in as `role`. */
  urlAs(role: string): string;
  drop(): Promise<void>;
}

/** A fresh database per test file (`gw_test_<random>`), dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `gw_test_${randomSuffix()}`;
  const server = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  await server.unsafe(`create database ${name}`);
  await server.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const admin = postgres(url.toString(), { max: 2, onnotice: () => undefined });
  return {
    name,
    url: url.toString(),
    admin,
    urlAs(role) {
      const roleUrl = new URL(url);
      roleUrl.username = role;
      roleUrl.password = '';
      return roleUrl.toString();
    },
    async drop() {
      await admin.end({ timeout: 1 });
      const cleanup = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
