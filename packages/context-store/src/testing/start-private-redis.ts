import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './find-free-port.js';
import { waitForPort } from './wait-for-port.js';

export interface PrivateRedis {
  readonly url: string;
  readonly port: number;
  /** SIGKILL: the server vanishes mid-command, as in a crash. */
  kill(): Promise<void>;
  /** Starts the server again on the same port (empty: no persistence). */
  restart(): Promise<void>;
  /** Stops the server and removes its directory. */
  close(): Promise<void>;
}

/**
 * A throwaway `redis-server` on a free port in a temporary directory, for fault tests that kill it.
 * `GW_REDIS_SERVER` names the binary (default `redis-server` on the PATH).
 */
export async function startPrivateRedis(options: { redisServer?: string } = {}): Promise<PrivateRedis> {
  const binary = options.redisServer ?? process.env['GW_REDIS_SERVER'] ?? 'redis-server';
  const directory = await mkdtemp(join(tmpdir(), 'gw-redis-'));
  const port = await findFreePort();
  let child: ChildProcess | undefined;
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const start = async (): Promise<void> => {
    const started = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory, '--protected-mode', 'no'],
      { stdio: 'ignore' },
    );
    child = started;
    const failed = new Promise<never>((_, reject) => {
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`redis-server exited with code ${code}`)));
    });
    await Promise.race([waitForPort(port), failed]);
    started.removeAllListeners('exit');
    failed.catch(() => undefined);
  };

  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => stop('SIGKILL'),
    restart: async () => {
      await stop('SIGKILL');
      await start();
    },
    close: async () => {
      await stop('SIGTERM');
      process.removeListener('exit', killOnExit);
      await rm(directory, { recursive: true, force: true });
    },
  };
}
