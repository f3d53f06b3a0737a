import { execFile, execFileSync } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from './find-free-port.js';

const run = promisify(execFile);

export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication). */
  readonly url: string;
  readonly port: number;
  /** `pg_ctl stop`: `fast` disconnects clients cleanly, `immediate` is a crash. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts the stopped server again on the same port, with its data. */
  start(): Promise<void>;
  /** Stops the server and removes the cluster. */
  close(): Promise<void>;
}

export interface PrivatePostgresOptions {
  /** Directory of `initdb` and `pg_ctl` (default `GW_POSTGRES_BIN`, else `pg_config --bindir`, else Debian's PostgreSQL 15). */
  readonly binDirectory?: string;
}

/**
 * A throwaway PostgreSQL cluster (`initdb` in a temporary directory, on a free port) for fault tests that stop it.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to, and runs as, the `postgres` OS user.
 */
export async function startPrivatePostgres(options: PrivatePostgresOptions = {}): Promise<PrivatePostgres> {
  const binDirectory = options.binDirectory ?? process.env['GW_POSTGRES_BIN'] ?? findBinDirectory();
  const directory = await mkdtemp(join(tmpdir(), 'gw-postgres-'));
  const dataDirectory = join(directory, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    await chown(directory, uid, gid);
  }
  const command = (program: string, args: readonly string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(binDirectory, program), ...args]] : [join(binDirectory, program), [...args]];
  const pgCtl = async (args: readonly string[]): Promise<void> => {
    const [file, commandArgs] = command('pg_ctl', args);
    await run(file, commandArgs, { timeout: 60_000 });
  };

  const port = await findFreePort();
  const [initFile, initArgs] = command('initdb', ['-D', dataDirectory, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  await run(initFile, initArgs, { timeout: 60_000 });
  const serverOptions = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
  const start = (): Promise<void> => pgCtl(['-D', dataDirectory, '-l', join(directory, 'server.log'), '-w', '-t', '30', '-o', serverOptions, 'start']);
  let running = false;
  const stopOnExit = (): void => {
    if (!running) return;
    const [file, args] = command('pg_ctl', ['-D', dataDirectory, '-m', 'immediate', 'stop']);
    try {
      execFileSync(file, args, { stdio: 'ignore', timeout: 10_000 });
    } catch {
      // The process is exiting anyway; nothing more can be done.
    }
  };
  process.once('exit', stopOnExit);

  await start();
  running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async (mode = 'fast') => {
      await pgCtl(['-D', dataDirectory, '-m', mode, '-w', 'stop']);
      running = false;
    },
    start: async () => {
      await start();
      running = true;
    },
    close: async () => {
      if (running) await pgCtl(['-D', dataDirectory, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      running = false;
      process.removeListener('exit', stopOnExit);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

function findBinDirectory(): string {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    return '/usr/lib/postgresql/15/bin';
  }
}
