import { relative, sep } from 'node:path';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';
import type { ConfinedRepository } from './prepare-confined-repository.js';
import { resolveContainedPath } from './resolve-workspace-path.js';
import { isInsideRoot, type WorkspaceRoot } from './workspace-root.js';

/** A path for after `--`: checked inside the root and the repository, relative to the work tree. */
export async function gitPathspec(root: WorkspaceRoot, repository: ConfinedRepository, requested: string): Promise<string> {
  if (requested.startsWith('-')) {
    throw new ToolFailure('invalid_path', `Path ${describeRequestedPath(requested)} starts with "-"; refused.`, 'Prefix it with ./ if a file really starts with "-".');
  }
  const real = await resolveContainedPath(root, requested);
  if (!isInsideRoot(repository.workTree, real)) {
    throw new ToolFailure('outside_repository', `Path ${describeRequestedPath(requested)} is outside the repository.`, 'Give a path inside the repository (relative to the workspace root).');
  }
  const inside = relative(repository.workTree, real);
  if (inside === '.git' || inside.startsWith(`.git${sep}`)) {
    throw new ToolFailure('invalid_path', 'Paths inside .git are not tracked content.', 'Give a path of a tracked or untracked file in the work tree.');
  }
  return inside === '' ? '.' : inside;
}
