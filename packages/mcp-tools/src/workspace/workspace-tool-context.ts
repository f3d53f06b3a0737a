import type { Logger } from '@gw/providers';
import type { WorkspaceLimits, WorkspaceToolsetOptions } from './workspace-toolset-options.js';
import type { WorkspaceRoot } from './workspace-root.js';

/** What every workspace tool shares: the lazily resolved root, the limits and the operator's options. */
export interface WorkspaceToolContext {
  root(): Promise<WorkspaceRoot>;
  limits: WorkspaceLimits;
  options: WorkspaceToolsetOptions;
  logger: Logger;
}
