import { silentLogger } from '@gw/providers';
import type { ToolDefinition } from '../tool-definition.js';
import { createFsListTool } from './fs-list-tool.js';
import { createFsReadTool } from './fs-read-tool.js';
import { createFsWriteTool } from './fs-write-tool.js';
import { createGitDiffTool } from './git-diff-tool.js';
import { createGitStatusTool } from './git-status-tool.js';
import { createTestRunnerTool } from './test-runner-tool.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';
import { createWorkspaceRootResolver } from './workspace-root.js';
import { workspaceLimitsOf, type WorkspaceToolsetOptions } from './workspace-toolset-options.js';

/**
 * The `workspace` toolset, confined to `options.root`: fs_read, fs_list, git_status, git_diff, and unless
 * read-only fs_write and the test runners. Nothing touches the disk until a tool is called.
 */
export function createWorkspaceToolset(options: WorkspaceToolsetOptions): ToolDefinition[] {
  const context: WorkspaceToolContext = {
    root: createWorkspaceRootResolver(options.root),
    limits: workspaceLimitsOf(options),
    options,
    logger: options.logger ?? silentLogger,
  };
  const tools = [createFsReadTool(context), createFsListTool(context)];
  if (!context.limits.readOnly) tools.push(createFsWriteTool(context));
  tools.push(createGitDiffTool(context), createGitStatusTool(context));
  if (context.limits.runTests) tools.push(createTestRunnerTool('vitest', context), createTestRunnerTool('playwright', context));
  return tools;
}
