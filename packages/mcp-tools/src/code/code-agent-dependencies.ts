import type { ContextManager } from '@gw/context-store';
import type { Router } from '@gw/router';

/** Reads one workspace-relative file, confined to the workspace root (the workspace toolset provides a safe one). */
export type ReadWorkspaceFile = (path: string) => Promise<string>;

/** Size caps that keep every prompt bounded, in characters. */
export interface CodeAgentLimits {
  /** One file's contents (default 32 000); longer files are cut with a note. */
  maxFileChars: number;
  /** All files together (default 96 000); files past it are cut or left out with a warning. */
  maxTotalFileChars: number;
  /** `context.existingCode` (default 64 000). */
  maxExistingCodeChars: number;
  /** The previous step's answer handed to the next step (default 16 000). */
  maxPreviousOutputChars: number;
}

export const defaultCodeAgentLimits: CodeAgentLimits = {
  maxFileChars: 32_000,
  maxTotalFileChars: 96_000,
  maxExistingCodeChars: 64_000,
  maxPreviousOutputChars: 16_000,
};

/** Sent after each finished step. */
export interface CodeAgentProgress {
  /** 1-based number of the step that finished. */
  step: number;
  totalSteps: number;
  title: string;
  model: string;
}

export interface CodeAgentDependencies {
  router: Pick<Router, 'route'>;
  /** Where the plan is kept as a TODO list. */
  contextManager: Pick<ContextManager, 'createTodoList' | 'updateTodoList'>;
  /** Without it, a call that names `files` is refused. */
  readWorkspaceFile?: ReadWorkspaceFile;
  /** Stored on the TODO list (the API passes the key's user). */
  userId?: string;
  signal?: AbortSignal;
  onStepDone?: (progress: CodeAgentProgress) => void | Promise<void>;
  limits?: Partial<CodeAgentLimits>;
}
