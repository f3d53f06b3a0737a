import type { CanonicalMessage } from '@gw/providers';
import type { TaskAnalysis } from '../analyze-task/task-analysis.js';
import { latestUserText, messageText } from './message-text.js';
import { truncateText } from './truncate-text.js';

/** One answer that failed a check, as the next tier is told about it. */
export interface HandoffFailure {
  readonly tier: number;
  readonly model: string;
  readonly reason: string;
  readonly answer: string;
}

const maxTaskCharacters = 600;
const maxSystemCharacters = 300;
const maxAnswerCharacters = 800;

function summarizeContext(messages: readonly CanonicalMessage[]): string {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.role, (counts.get(message.role) ?? 0) + 1);
  const roles = [...counts].map(([role, count]) => `${count} ${role}`).join(', ');
  const system = messages.find((message) => message.role === 'system' || message.role === 'developer');
  const lines = [`${messages.length} messages (${roles}).`];
  if (system) lines.push(`System instructions begin: "${truncateText(messageText(system), maxSystemCharacters)}"`);
  return lines.join(' ');
}

/**
 * The compact handoff package the next tier receives as a system message: the task, a summary of
 * the context, the failed attempt (truncated) and why it failed. The full conversation is still
 * sent; this only says what went wrong so the stronger model does not repeat it.
 */
export function buildHandoffMessage(messages: readonly CanonicalMessage[], analysis: TaskAnalysis | undefined, failures: readonly HandoffFailure[]): string {
  const latest = failures[failures.length - 1]!;
  const lines = [
    'gw handoff: an earlier model answered this request and the answer failed a check. Answer the request yourself, fully, and avoid the failure below.',
  ];
  if (analysis) {
    lines.push(`Task: ${analysis.taskType}, difficulty ${analysis.difficulty.toFixed(2)}${analysis.capabilities.length > 0 ? `, needs ${analysis.capabilities.join(', ')}` : ''}.`);
  }
  lines.push(`Request: "${truncateText(latestUserText(messages), maxTaskCharacters)}"`);
  lines.push(`Context: ${summarizeContext(messages)}`);
  for (const failure of failures.slice(0, -1)) lines.push(`Earlier failure: tier ${failure.tier} (${failure.model}): ${failure.reason}.`);
  lines.push(`Failed attempt: tier ${latest.tier} (${latest.model}) answered: "${truncateText(latest.answer, maxAnswerCharacters)}"`);
  lines.push(`Why it failed: ${latest.reason}.`);
  return lines.join('\n');
}
