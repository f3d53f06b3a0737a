import type { Logger } from '@gw/providers';

export interface WorkspaceToolsetOptions {
  /** The directory every tool is confined to (resolved with realpath on first use). */
  root: string;
  /** Leaves out `fs_write` (and, unless `runTests` says otherwise, the test runners). */
  readOnly?: boolean;
  /**
   * Offers `run_vitest` / `run_playwright`. Running tests executes the workspace's code (test files, configs)
   * with the server's user rights, so it is off in read-only mode unless asked for. Default: `!readOnly`.
   */
  runTests?: boolean;
  /** Largest file `fs_read` returns, in bytes (default 1 MiB). */
  maxReadBytes?: number;
  /** Largest content `fs_write` accepts, in bytes (default 1 MiB). */
  maxWriteBytes?: number;
  /** Most entries `fs_list` returns (default 1000) and deepest recursion it allows (default 8). */
  maxListEntries?: number;
  maxListDepth?: number;
  /** Time limit of one test run, in ms (default 120 s); the whole process group is killed after it. */
  testTimeoutMs?: number;
  /** Time limit of one git command, in ms (default 10 s). */
  gitTimeoutMs?: number;
  /** Characters of git or test-runner output returned before it is cut with a note (default 64 000). */
  maxOutputChars?: number;
  /** Operator-chosen commands instead of `<root or ancestor>/node_modules/.bin/{vitest,playwright}`. */
  vitestCommand?: readonly string[];
  playwrightCommand?: readonly string[];
  /** The git executable (default `git` on PATH). */
  gitExecutable?: string;
  logger?: Logger;
}

export interface WorkspaceLimits {
  readOnly: boolean;
  runTests: boolean;
  maxReadBytes: number;
  maxWriteBytes: number;
  maxListEntries: number;
  maxListDepth: number;
  testTimeoutMs: number;
  gitTimeoutMs: number;
  maxOutputChars: number;
}

export function workspaceLimitsOf(options: WorkspaceToolsetOptions): WorkspaceLimits {
  const readOnly = options.readOnly ?? false;
  return {
    readOnly,
    runTests: options.runTests ?? !readOnly,
    maxReadBytes: options.maxReadBytes ?? 1024 * 1024,
    maxWriteBytes: options.maxWriteBytes ?? 1024 * 1024,
    maxListEntries: options.maxListEntries ?? 1000,
    maxListDepth: options.maxListDepth ?? 8,
    testTimeoutMs: options.testTimeoutMs ?? 120_000,
    gitTimeoutMs: options.gitTimeoutMs ?? 10_000,
    maxOutputChars: options.maxOutputChars ?? 64_000,
  };
}
