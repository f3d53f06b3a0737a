import type { ToolDefinition } from '../tool-definition.js';
import { createCodeAgentTool } from './code-agent-tool.js';
import type { CodeToolsetOptions } from './code-toolset-options.js';

/** The `code` toolset: `code_agent`, over a router and a context store (and the workspace's reader for `files`). */
export function createCodeToolset(options: CodeToolsetOptions): ToolDefinition[] {
  return [createCodeAgentTool(options)];
}
