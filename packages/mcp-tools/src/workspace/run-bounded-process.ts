import { spawn } from 'node:child_process';

export interface BoundedProcessOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  /** The whole environment of the child: nothing is inherited (no provider keys, no GIT_* from the server). */
  env: Record<string, string>;
  timeoutMs: number;
  maxOutputChars: number;
  /** `head` keeps the start of stdout (and stops the process once over the limit); `tail` keeps the end. */
  keep: 'head' | 'tail';
  signal?: AbortSignal;
}

export interface BoundedProcessResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  aborted: boolean;
  /** Characters of stdout+stderr that were dropped. */
  droppedChars: number;
  /** The spawn error code (`ENOENT`: not installed), when the process could not start. */
  spawnError?: string;
}

class BoundedText {
  private text = '';
  dropped = 0;

  constructor(
    private readonly limit: number,
    private readonly keep: 'head' | 'tail',
  ) {}

  add(chunk: string): boolean {
    if (this.keep === 'head') {
      const room = this.limit - this.text.length;
      if (room > 0) this.text += chunk.slice(0, room);
      this.dropped += Math.max(0, chunk.length - Math.max(0, room));
      return this.dropped > 0;
    }
    this.text += chunk;
    if (this.text.length > this.limit * 2) {
      this.dropped += this.text.length - this.limit;
      this.text = this.text.slice(-this.limit);
    }
    return false;
  }

  value(): string {
    if (this.keep === 'tail' && this.text.length > this.limit) {
      this.dropped += this.text.length - this.limit;
      this.text = this.text.slice(-this.limit);
    }
    return this.text;
  }
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // The child leads its own process group (detached), so this also ends test workers and browsers.
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Runs an executable with an argument array (never a shell) in its own process group, with a time limit that
 * kills the whole group and output capped in memory.
 */
export function runBoundedProcess(options: BoundedProcessOptions): Promise<BoundedProcessResult> {
  return new Promise((resolve) => {
    const stdout = new BoundedText(options.maxOutputChars, options.keep);
    const stderr = new BoundedText(Math.max(1000, Math.floor(options.maxOutputChars / 4)), 'tail');
    let timedOut = false;
    let aborted = false;
    let settled = false;
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      shell: false,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      killGroup(child.pid);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (exitCode: number | null, spawnError?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      killGroup(child.pid);
      const out = stdout.value();
      const err = stderr.value();
      resolve({
        exitCode,
        stdout: out,
        stderr: err,
        timedOut,
        aborted,
        droppedChars: stdout.dropped + stderr.dropped,
        ...(spawnError === undefined ? {} : { spawnError }),
      });
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stdout.add(chunk) && options.keep === 'head') killGroup(child.pid);
    });
    child.stderr.on('data', (chunk: string) => stderr.add(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code ?? 'ESPAWN'));
    child.on('close', (code) => finish(code));
  });
}
