import { redactSecrets } from '@gw/providers';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { CodeAgentError } from './code-agent-error.js';

function formatUsd(value: number): string {
  return `$${value.toFixed(6)}`;
}

function formatWait(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds} ms` : `${Math.round(milliseconds / 100) / 10} s`;
}

/**
 * An `isError` result for a stopped run: where it stopped and why, whether a retry may help, the TODO list
 * as stored (done items stay done) and what was spent. Text only: the SDK client validates any structured
 * content against the success schema, even on errors.
 */
export function buildCodeAgentErrorResult(error: CodeAgentError, secrets: readonly string[] = []): CallToolResult {
  const lines = [`Error: ${error.message}`];
  if (error.stage === 'step' && error.stepNumber !== undefined) lines.push(`Failed step: ${error.stepNumber} ("${error.stepTitle ?? ''}")`);
  else lines.push(`Failed stage: ${error.stage}`);
  lines.push(`Status: ${error.status} (${error.code})`);
  if (error.code === 'aborted') lines.push('Retry: the call was cancelled by the client.');
  else if (error.retryable) {
    lines.push(`Retry: may help${error.retryAfterMs === undefined ? '' : ` after ${formatWait(error.retryAfterMs)}`}; a new call plans again and makes a new TODO list.`);
  } else lines.push('Retry: will not help without a change.');
  if (error.todo) {
    const done = error.todo.items.filter((item) => item.done).length;
    lines.push(`TODO list ${error.todo.id} (${done} of ${error.todo.items.length} done):`);
    for (const item of error.todo.items) lines.push(`  [${item.done ? 'x' : ' '}] ${item.text}`);
  }
  if (error.completedSteps.length > 0) {
    lines.push(`Completed steps: ${error.completedSteps.map((step, index) => `${index + 1} "${step.title}" by ${step.model}`).join(', ')}`);
  }
  lines.push(`Spent so far: ${formatUsd(error.totalCostUsd)}`);
  return { content: [{ type: 'text', text: redactSecrets(lines.join('\n'), secrets) }], isError: true };
}
