import { ToolFailure } from '../toolset-support/tool-failure.js';
import { gitEnvironment, gitSafetyArguments } from './git-safety-settings.js';
import type { ConfinedRepository } from './prepare-confined-repository.js';
import { runBoundedProcess, type BoundedProcessResult } from './run-bounded-process.js';
import type { WorkspaceRoot } from './workspace-root.js';

export interface GitRun {
  gitExecutable: string;
  timeoutMs: number;
  maxOutputChars: number;
  signal?: AbortSignal;
}

/** Replaces server-side paths in git's messages with what the caller knows them as. */
export function scrubGitMessage(text: string, repository: ConfinedRepository, root: WorkspaceRoot): string {
  return text.split(repository.privateGitDirectory).join('.git').split(root.real).join('.').trim().slice(0, 2000);
}

/** Runs `git <safety settings> <args>` against the confined repository; a failed start or a timeout is a ToolFailure. */
export async function runGit(repository: ConfinedRepository, root: WorkspaceRoot, args: readonly string[], run: GitRun): Promise<BoundedProcessResult> {
  const result = await runBoundedProcess({
    command: run.gitExecutable,
    args: [...gitSafetyArguments, ...args],
    cwd: repository.workTree,
    env: gitEnvironment(repository.privateGitDirectory, repository.workTree, root.real),
    timeoutMs: run.timeoutMs,
    maxOutputChars: run.maxOutputChars,
    keep: 'head',
    ...(run.signal ? { signal: run.signal } : {}),
  });
  if (result.spawnError === 'ENOENT') {
    throw new ToolFailure('git_not_installed', 'git is not installed on the gw server.', 'Ask the operator to install git (or to set the git executable in the workspace toolset options).');
  }
  if (result.spawnError) throw new ToolFailure('git_failed', `git could not start (${result.spawnError}).`, 'Ask the gw operator to check the git installation.');
  if (result.timedOut) {
    throw new ToolFailure('timeout', `git did not finish within ${run.timeoutMs} ms and was stopped.`, 'Narrow the request with a path, or ask the operator to raise GW_WORKSPACE_GIT_TIMEOUT_MS.');
  }
  if (result.aborted) throw new ToolFailure('aborted', 'The call was cancelled by the client.', 'Call again if the result is still needed.');
  return result;
}
