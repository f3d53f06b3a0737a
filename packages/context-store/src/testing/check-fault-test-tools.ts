import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

export interface FaultTestTools {
  readonly redisServer: boolean;
  readonly postgres: boolean;
  /** True when fault tests needing a tool should be skipped: it is absent and `GW_REQUIRE_SERVICES` is not `1`. */
  readonly skipRedis: boolean;
  readonly skipPostgres: boolean;
  suiteName(name: string, needs: readonly ('redis-server' | 'postgres')[]): string;
}

/** Whether this machine can start private servers (`redis-server`; `initdb` and `pg_ctl`). */
export function checkFaultTestTools(environment: NodeJS.ProcessEnv = process.env): FaultTestTools {
  const redisServer = canRun(environment['GW_REDIS_SERVER'] ?? 'redis-server', ['--version']);
  const binDirectory = environment['GW_POSTGRES_BIN'] ?? postgresBinDirectory();
  const postgres = binDirectory !== undefined && isExecutable(join(binDirectory, 'initdb')) && isExecutable(join(binDirectory, 'pg_ctl'));
  const required = environment['GW_REQUIRE_SERVICES'] === '1';
  const missing = (needs: readonly string[]): string[] =>
    needs.filter((need) => (need === 'redis-server' ? !redisServer : !postgres));
  return {
    redisServer,
    postgres,
    skipRedis: !redisServer && !required,
    skipPostgres: !postgres && !required,
    suiteName: (name, needs) => {
      const absent = missing(needs);
      return absent.length === 0 || required ? name : `${name} (skipped: ${absent.join(' and ')} not installed)`;
    },
  };
}

function postgresBinDirectory(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return isExecutable('/usr/lib/postgresql/15/bin/initdb') ? '/usr/lib/postgresql/15/bin' : undefined;
  }
}

function canRun(file: string, args: readonly string[]): boolean {
  try {
    execFileSync(file, args, { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
