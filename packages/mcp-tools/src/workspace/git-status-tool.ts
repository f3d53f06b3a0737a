import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { parseGitStatus } from './parse-git-status.js';
import { prepareConfinedRepository } from './prepare-confined-repository.js';
import { runGit, scrubGitMessage } from './run-git.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';
import { withWorkspaceLock } from './workspace-lock.js';

export const gitStatusInputSchema = z.object({
  repository: z.string().max(65_536).default('.').describe('Repository directory inside the workspace (default: the workspace root)'),
});

export const gitStatusOutputSchema = z.object({
  branch: z.string(),
  entries: z.array(z.object({ path: z.string(), index: z.string(), worktree: z.string(), original_path: z.string().optional() })),
  clean: z.boolean(),
  truncated: z.boolean(),
});

export function createGitStatusTool(context: WorkspaceToolContext): ToolDefinition {
  return defineTool({
    name: 'git_status',
    title: 'Git status',
    description: 'Show the branch and the changed, staged and untracked files of the workspace repository. Nothing the repository configures (hooks, fsmonitor, filters) runs.',
    inputSchema: gitStatusInputSchema,
    outputSchema: gitStatusOutputSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input, extra) =>
      runToolHandler('git_status', context.logger, async () => {
        const root = await context.root();
        return withWorkspaceLock(root.real, async () => {
          const repository = await prepareConfinedRepository(root, input.repository, context.options.gitExecutable ?? 'git');
          try {
            const result = await runGit(repository, root, ['status', '--porcelain=v1', '-z', '--branch', '--untracked-files=all', '--ignore-submodules=all'], {
              gitExecutable: context.options.gitExecutable ?? 'git',
              timeoutMs: context.limits.gitTimeoutMs,
              maxOutputChars: context.limits.maxOutputChars,
              signal: extra.signal,
            });
            if (result.exitCode !== 0 && result.droppedChars === 0) {
              throw new ToolFailure('git_failed', `git status failed: ${scrubGitMessage(result.stderr, repository, root) || `exit code ${result.exitCode}`}`, 'Check that the repository is intact.');
            }
            const status = parseGitStatus(result.stdout);
            const truncated = result.droppedChars > 0;
            const structured: z.output<typeof gitStatusOutputSchema> = { ...status, clean: status.entries.length === 0 && !truncated, truncated };
            const lines = [`Branch: ${status.branch}`, ...status.entries.map((entry) => `${entry.index}${entry.worktree} ${entry.original_path ? `${entry.original_path} -> ` : ''}${entry.path}`)];
            if (structured.clean) lines.push('Working tree clean.');
            if (truncated) lines.push(`(status truncated at ${context.limits.maxOutputChars} characters)`);
            return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent: structured };
          } finally {
            await repository.dispose();
          }
        });
      }),
  });
}
