import { readBoolean, readInteger, readText, type Environment } from '../toolset-support/read-environment-value.js';
import type { WorkspaceToolsetOptions } from './workspace-toolset-options.js';

export type WorkspaceToolsetConfig = Omit<WorkspaceToolsetOptions, 'logger' | 'vitestCommand' | 'playwrightCommand' | 'gitExecutable'>;

/**
 * The workspace toolset's settings from the environment, or `undefined` when `GW_WORKSPACE_ROOT` is unset:
 * the tools are off unless an operator names a root.
 */
export function readWorkspaceToolsetConfig(environment: Environment = process.env): WorkspaceToolsetConfig | undefined {
  const root = readText(environment, 'GW_WORKSPACE_ROOT');
  if (root === undefined) return undefined;
  const readOnly = readBoolean(environment, 'GW_WORKSPACE_READ_ONLY', false);
  const mebibyte = 1024 * 1024;
  return {
    root,
    readOnly,
    runTests: readBoolean(environment, 'GW_WORKSPACE_RUN_TESTS', !readOnly),
    maxReadBytes: readInteger(environment, 'GW_WORKSPACE_MAX_READ_BYTES', mebibyte, 1, 64 * mebibyte),
    maxWriteBytes: readInteger(environment, 'GW_WORKSPACE_MAX_WRITE_BYTES', mebibyte, 1, 64 * mebibyte),
    maxListEntries: readInteger(environment, 'GW_WORKSPACE_MAX_LIST_ENTRIES', 1000, 1, 100_000),
    maxListDepth: readInteger(environment, 'GW_WORKSPACE_MAX_LIST_DEPTH', 8, 1, 64),
    testTimeoutMs: readInteger(environment, 'GW_WORKSPACE_TEST_TIMEOUT_MS', 120_000, 1000, 3_600_000),
    gitTimeoutMs: readInteger(environment, 'GW_WORKSPACE_GIT_TIMEOUT_MS', 10_000, 500, 600_000),
    maxOutputChars: readInteger(environment, 'GW_WORKSPACE_MAX_OUTPUT_CHARS', 64_000, 1000, 10_000_000),
  };
}
