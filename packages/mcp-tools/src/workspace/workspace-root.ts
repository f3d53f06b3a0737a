import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { ToolFailure } from '../toolset-support/tool-failure.js';

/** The configured root and its realpath; every check compares real paths against `real` plus a separator. */
export interface WorkspaceRoot {
  configured: string;
  real: string;
}

/** True when `candidate` is the root itself or below it (`/root-evil` is not below `/root`). */
export function isInsideRoot(rootReal: string, candidate: string): boolean {
  if (candidate === rootReal) return true;
  const prefix = rootReal.endsWith(sep) ? rootReal : rootReal + sep;
  return candidate.startsWith(prefix);
}

/** Resolves the root lazily (factories have no side effects) and again after a failure, so a late mount works. */
export function createWorkspaceRootResolver(root: string): () => Promise<WorkspaceRoot> {
  let resolved: WorkspaceRoot | undefined;
  return async () => {
    if (resolved) return resolved;
    const configured = resolve(root);
    try {
      if (!isAbsolute(root)) throw new Error('relative root');
      const real = await realpath(configured);
      if (!(await stat(real)).isDirectory()) throw new Error('not a directory');
      resolved = { configured, real };
      return resolved;
    } catch {
      throw new ToolFailure(
        'workspace_unavailable',
        'The workspace root configured for gw is not an existing directory given as an absolute path.',
        'Ask the gw operator to set GW_WORKSPACE_ROOT to an existing absolute directory, then restart the server.',
      );
    }
  };
}
