import { GatewayError } from '@gw/providers';
import type { CodeAgentStepSummary, CodeAgentTodoState, RoutedCallSummary } from './code-agent-output-schema.js';

/** Where a run stopped: reading files, planning, a step, or keeping the TODO list. */
export type CodeAgentStage = 'files' | 'plan' | 'step' | 'todo';

export interface CodeAgentErrorOptions {
  code: string;
  status: number;
  retryable: boolean;
  retryAfterMs?: number;
  cause?: unknown;
  stage: CodeAgentStage;
  /** 1-based, for `stage: 'step'` (and `'todo'` when a step's update failed). */
  stepNumber?: number;
  stepTitle?: string;
  /** The TODO list as stored when the run stopped (absent before it was created). */
  todo?: CodeAgentTodoState;
  plan?: RoutedCallSummary;
  completedSteps?: readonly CodeAgentStepSummary[];
  /** Everything spent so far, the failed call's attempts included. */
  totalCostUsd: number;
}

/** A code-agent run that stopped; carries what was done and spent so the caller can report or resume. */
export class CodeAgentError extends GatewayError {
  readonly stage: CodeAgentStage;
  readonly stepNumber: number | undefined;
  readonly stepTitle: string | undefined;
  readonly todo: CodeAgentTodoState | undefined;
  readonly plan: RoutedCallSummary | undefined;
  readonly completedSteps: readonly CodeAgentStepSummary[];
  readonly totalCostUsd: number;

  constructor(message: string, options: CodeAgentErrorOptions) {
    super(message, {
      code: options.code,
      status: options.status,
      retryable: options.retryable,
      ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.name = 'CodeAgentError';
    this.stage = options.stage;
    this.stepNumber = options.stepNumber;
    this.stepTitle = options.stepTitle;
    this.todo = options.todo;
    this.plan = options.plan;
    this.completedSteps = options.completedSteps ?? [];
    this.totalCostUsd = options.totalCostUsd;
  }
}
