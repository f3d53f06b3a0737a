import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { findLocalBinary } from './find-local-binary.js';
import { parsePlaywrightReport } from './parse-playwright-report.js';
import { parseVitestReport } from './parse-vitest-report.js';
import { resolveExistingPath } from './resolve-workspace-path.js';
import { runBoundedProcess } from './run-bounded-process.js';
import type { TestRunSummary } from './test-run-summary.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';

export type TestRunnerKind = 'vitest' | 'playwright';

export interface TestRunOutcome extends TestRunSummary {
  exitCode: number | null;
  output: string;
  outputTruncated: boolean;
  testPath: string;
}

function escapeRegularExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The child's whole environment. Test code runs with the server's rights, so it gets no provider keys or other
 * server secrets: only what a test run needs.
 */
function runnerEnvironment(extra: Record<string, string>): Record<string, string> {
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? tmpdir(),
    LANG: process.env.LANG ?? 'C.UTF-8',
    TMPDIR: tmpdir(),
    CI: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    NODE_ENV: 'test',
    ...extra,
  };
  if (process.env.PLAYWRIGHT_BROWSERS_PATH) environment.PLAYWRIGHT_BROWSERS_PATH = process.env.PLAYWRIGHT_BROWSERS_PATH;
  return environment;
}

export async function runTestRunner(kind: TestRunnerKind, context: WorkspaceToolContext, testPath: string | undefined, signal?: AbortSignal): Promise<TestRunOutcome> {
  const root = await context.root();
  let relativeTarget = '.';
  if (testPath !== undefined) {
    if (testPath.startsWith('-')) {
      throw new ToolFailure('invalid_path', `Test path ${JSON.stringify(testPath.slice(0, 160))} starts with "-"; refused.`, 'Give a test file or directory relative to the workspace root.');
    }
    relativeTarget = (await resolveExistingPath(root, testPath)).relative;
  }
  const configured = kind === 'vitest' ? context.options.vitestCommand : context.options.playwrightCommand;
  const binary = configured?.[0] ?? (await findLocalBinary(root.real, kind));
  if (binary === undefined) {
    throw new ToolFailure(
      'runner_not_installed',
      `${kind} is not installed in the workspace (no node_modules/.bin/${kind} in the root or above it).`,
      kind === 'vitest' ? 'Install it in the workspace (npm install -D vitest), then call again.' : 'Install it in the workspace (npm install -D @playwright/test and npx playwright install), then call again.',
    );
  }
  const reportDirectory = await mkdtemp(join(tmpdir(), 'gw-test-report-'));
  const reportFile = join(reportDirectory, 'report.json');
  try {
    // The target is a checked path relative to the root, so it cannot start with "-"; "./" keeps it that way.
    const target = relativeTarget === '.' ? [] : [relativeTarget.startsWith('-') ? `./${relativeTarget}` : relativeTarget];
    const args =
      kind === 'vitest'
        ? ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, '--watch=false', ...target]
        : ['test', '--reporter=json', ...target.map(escapeRegularExpression)];
    const result = await runBoundedProcess({
      command: binary,
      args: [...(configured?.slice(1) ?? []), ...args],
      cwd: root.real,
      env: runnerEnvironment(kind === 'playwright' ? { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile } : {}),
      timeoutMs: context.limits.testTimeoutMs,
      maxOutputChars: context.limits.maxOutputChars,
      keep: 'tail',
      ...(signal ? { signal } : {}),
    });
    if (result.spawnError === 'ENOENT' || result.spawnError === 'EACCES') {
      throw new ToolFailure('runner_not_installed', `${kind} could not be started (${result.spawnError}).`, `Reinstall ${kind} in the workspace.`);
    }
    if (result.timedOut) {
      throw new ToolFailure('timeout', `${kind} did not finish within ${context.limits.testTimeoutMs} ms; its processes were stopped.`, 'Run fewer tests (a single file), or ask the operator to raise GW_WORKSPACE_TEST_TIMEOUT_MS.');
    }
    if (result.aborted) throw new ToolFailure('aborted', 'The call was cancelled by the client.', 'Call again if the result is still needed.');
    const output = [result.stdout, result.stderr].filter((part) => part.trim().length > 0).join('\n');
    const report = await readFile(reportFile, 'utf8').catch(() => undefined);
    if (report === undefined) {
      throw new ToolFailure(
        'runner_failed',
        `${kind} exited with code ${result.exitCode} without a report. Its last output:\n${output.slice(-4000)}`,
        `Fix the error shown (configuration, syntax or a missing dependency), then run again.`,
      );
    }
    const summary = kind === 'vitest' ? parseVitestReport(report, root.real) : parsePlaywrightReport(report);
    return { ...summary, exitCode: result.exitCode, output, outputTruncated: result.droppedChars > 0, testPath: relativeTarget };
  } finally {
    await rm(reportDirectory, { recursive: true, force: true });
  }
}
