import type { ContextManager } from '@gw/context-store';
import type { ReadWorkspaceFile } from '@gw/mcp-tools';

/** What `POST /v1/code-agent` (and the MCP `code` toolset) need besides the router. */
export interface ApiCodeAgentDependencies {
  /** Keeps each run's plan as a TODO list (the API's database and hot tier). */
  contextManager: Pick<ContextManager, 'createTodoList' | 'updateTodoList'>;
  /** Confined to `GW_WORKSPACE_ROOT`; without it, requests that name `files` are refused. */
  readWorkspaceFile?: ReadWorkspaceFile;
}
