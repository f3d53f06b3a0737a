import type { ContextManager } from '@gw/context-store';
import type { Logger } from '@gw/providers';
import type { Router } from '@gw/router';
import type { CodeAgentLimits, ReadWorkspaceFile } from './code-agent-dependencies.js';

export interface CodeToolsetOptions {
  router: Pick<Router, 'route'>;
  /** Keeps each run's plan as a TODO list. */
  contextManager: Pick<ContextManager, 'createTodoList' | 'updateTodoList'>;
  /** The workspace toolset's confined reader; without it, calls that name `files` are refused. */
  readWorkspaceFile?: ReadWorkspaceFile;
  limits?: Partial<CodeAgentLimits>;
  /** Values that must never reach a client (provider keys); removed from every error text. */
  secrets?: readonly string[];
  logger?: Logger;
}
