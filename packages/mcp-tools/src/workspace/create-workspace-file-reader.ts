import type { ReadWorkspaceFile } from '../code/code-agent-dependencies.js';
import { readConfinedFile } from './read-confined-file.js';
import { createWorkspaceRootResolver } from './workspace-root.js';
import { workspaceLimitsOf, type WorkspaceToolsetOptions } from './workspace-toolset-options.js';

/**
 * The same confined read as `fs_read`, as a plain function for other tools (code_agent's `files`).
 * Refusals are the same `ToolFailure`s, so callers can pass their message on.
 */
export function createWorkspaceFileReader(options: WorkspaceToolsetOptions): ReadWorkspaceFile {
  const root = createWorkspaceRootResolver(options.root);
  const maxBytes = workspaceLimitsOf(options).maxReadBytes;
  return async (path) => {
    const content = await readConfinedFile(await root(), path, { offset: 0, maxBytes });
    return content.bytes.toString('utf8');
  };
}
