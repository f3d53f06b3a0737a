import { Socket } from 'node:net';
import { redactConnectionStrings } from '../config/redact-connection-string.js';

export interface ServiceGate {
  readonly url: string;
  readonly available: boolean;
  /** True when tests needing the service should be skipped: absent and `GW_REQUIRE_SERVICES` is not `1`. */
  readonly skip: boolean;
  /** The suite name, extended with why it is skipped when it is. */
  suiteName(name: string): string;
}

const defaultDatabaseUrl = 'postgres://postgres@127.0.0.1:5432/test';
const defaultRedisUrl = 'redis://127.0.0.1:6379';

/** PostgreSQL for tests: `GW_TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`). */
export function checkTestPostgres(environment: NodeJS.ProcessEnv = process.env): Promise<ServiceGate> {
  return checkService('PostgreSQL', environment['GW_TEST_DATABASE_URL'] ?? defaultDatabaseUrl, 5432, environment);
}

/** Redis for tests: `GW_TEST_REDIS_URL` (default `redis://127.0.0.1:6379`). */
export function checkTestRedis(environment: NodeJS.ProcessEnv = process.env): Promise<ServiceGate> {
  return checkService('Redis', environment['GW_TEST_REDIS_URL'] ?? defaultRedisUrl, 6379, environment);
}

async function checkService(label: string, url: string, defaultPort: number, environment: NodeJS.ProcessEnv): Promise<ServiceGate> {
  const parsed = new URL(url);
  const available = await canConnect(parsed.hostname.replace(/^\[|\]$/g, ''), Number(parsed.port || defaultPort));
  const required = environment['GW_REQUIRE_SERVICES'] === '1';
  const skip = !available && !required;
  const shownUrl = redactConnectionStrings(url);
  return {
    url,
    available,
    skip,
    suiteName: (name) => (skip ? `${name} (skipped: no ${label} at ${shownUrl})` : name),
  };
}

function canConnect(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const finish = (result: boolean): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(port, host, () => finish(true));
  });
}
