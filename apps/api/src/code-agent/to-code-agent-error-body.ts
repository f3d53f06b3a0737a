import type { CodeAgentError, CodeAgentTodoState } from '@gw/mcp-tools';
import { redactSecrets } from '@gw/providers';

export interface CodeAgentErrorBody {
  error: {
    code: string;
    message: string;
    stage: CodeAgentError['stage'];
    /** 1-based number of the step that failed; null when the run stopped outside a step. */
    step: number | null;
    /** The TODO list as stored when the run stopped (done items stay done); null before it was created. */
    todo: CodeAgentTodoState | null;
    total_cost_usd: number;
  };
}

/** A stopped run in the API's error shape, plus where it stopped, what was done and what it cost. */
export function toCodeAgentErrorBody(error: CodeAgentError): CodeAgentErrorBody {
  return {
    error: {
      code: error.code,
      message: redactSecrets(error.message),
      stage: error.stage,
      step: error.stepNumber ?? null,
      todo: error.todo ?? null,
      total_cost_usd: error.totalCostUsd,
    },
  };
}
