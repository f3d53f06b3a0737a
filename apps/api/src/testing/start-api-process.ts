import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/** The built `gw-api` bin (`dist/main.js`); run `nx build @gw/api` first (the test target does). */
export function apiBinPath(): string {
  return fileURLToPath(new URL('../main.js', import.meta.url)).replace(/[\\/]src[\\/]main\.js$/, '/dist/main.js');
}

/**
 * Starts the built `gw-api` as a child process with exactly the given environment (plus PATH) and resolves once it
 * logs its URL. `API_PORT` defaults to 0 (a free port).
 */
export async function startApiProcess(environment: Record<string, string>, options: { startTimeoutMs?: number } = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, [apiBinPath()], {
    env: { PATH: process.env.PATH ?? '', API_PORT: '0', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gw-api did not start within ${options.startTimeoutMs ?? 20_000} ms:\n${stderr}`)), options.startTimeoutMs ?? 20_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => {
      stderr += text;
      for (const line of stderr.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { message?: string; url?: string };
          if (entry.message === 'gw-api listening' && entry.url) {
            clearTimeout(timer);
            resolve(entry.url);
          }
        } catch {
          // A partial line; the rest comes with the next chunk.
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gw-api exited with code ${code} before listening:\n${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
