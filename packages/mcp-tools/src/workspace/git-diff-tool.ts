import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { gitPathspec } from './git-pathspec.js';
import { prepareConfinedRepository } from './prepare-confined-repository.js';
import { runGit, scrubGitMessage } from './run-git.js';
import { validateGitRef } from './validate-git-ref.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';
import { withWorkspaceLock } from './workspace-lock.js';

export const gitDiffInputSchema = z.object({
  path: z.string().max(65_536).optional().describe('Only this file or directory (relative to the workspace root)'),
  staged: z.boolean().default(false).describe('Diff the staged changes (index against HEAD or ref) instead of the work tree'),
  ref: z.string().max(200).optional().describe('Compare against this commit, branch or tag instead of the index (or HEAD when staged)'),
  repository: z.string().max(65_536).default('.').describe('Repository directory inside the workspace (default: the workspace root)'),
});

export const gitDiffOutputSchema = z.object({
  diff: z.string(),
  truncated: z.boolean(),
  empty: z.boolean(),
});

export function createGitDiffTool(context: WorkspaceToolContext): ToolDefinition {
  return defineTool({
    name: 'git_diff',
    title: 'Git diff',
    description: 'Show the git diff of the workspace repository (work tree or staged, optionally against a ref, optionally for one path). Repository hooks, diff drivers, textconv and filters never run.',
    inputSchema: gitDiffInputSchema,
    outputSchema: gitDiffOutputSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input, extra) =>
      runToolHandler('git_diff', context.logger, async () => {
        if (input.ref !== undefined) validateGitRef(input.ref);
        const root = await context.root();
        return withWorkspaceLock(root.real, async () => {
          const repository = await prepareConfinedRepository(root, input.repository, context.options.gitExecutable ?? 'git');
          try {
            const run = { gitExecutable: context.options.gitExecutable ?? 'git', timeoutMs: context.limits.gitTimeoutMs, maxOutputChars: context.limits.maxOutputChars, signal: extra.signal };
            const args = ['diff', '--no-ext-diff', '--no-textconv', '--no-color', '--ignore-submodules=all'];
            if (input.staged) args.push('--cached');
            if (input.ref !== undefined) {
              const resolved = await runGit(repository, root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${input.ref}^{commit}`], run);
              const commit = resolved.stdout.trim();
              if (resolved.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
                throw new ToolFailure('unknown_ref', `Ref ${JSON.stringify(input.ref)} does not name a commit in this repository.`, 'Use git_status to see the branch, or give an existing branch, tag or commit id.');
              }
              args.push(commit);
            }
            args.push('--');
            if (input.path !== undefined) args.push(await gitPathspec(root, repository, input.path));
            const result = await runGit(repository, root, args, run);
            if (result.exitCode !== 0 && result.droppedChars === 0) {
              throw new ToolFailure('git_failed', `git diff failed: ${scrubGitMessage(result.stderr, repository, root) || `exit code ${result.exitCode}`}`, 'Check the arguments; a repository without commits has no staged diff against HEAD.');
            }
            const truncated = result.droppedChars > 0;
            const structured: z.output<typeof gitDiffOutputSchema> = { diff: result.stdout, truncated, empty: result.stdout.length === 0 };
            const text = result.stdout.length === 0 ? 'No differences.' : `${result.stdout}${truncated ? `\n(diff truncated at ${context.limits.maxOutputChars} characters; pass a path to see one file)` : ''}`;
            return { content: [{ type: 'text', text }], structuredContent: structured };
          } finally {
            await repository.dispose();
          }
        });
      }),
  });
}
