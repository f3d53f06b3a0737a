import type { CanonicalRequest } from '@gw/providers';
import { fenced } from './build-task-brief.js';
import type { PlanStep } from './parse-plan.js';

export interface StepRequestInput {
  brief: string;
  steps: readonly PlanStep[];
  /** 0-based index of the step to carry out. */
  index: number;
  /** The previous step's answer, already cut to size. */
  previousOutput?: string;
}

const systemPrompt =
  'You are a coding agent carrying out one step of a plan. Answer with the complete, working code as it stands after ' +
  'this step (everything from earlier steps that still applies, not only the changes), in fenced code blocks with a ' +
  'file path line before each block when there are several files, and at most a few lines of notes.';

/**
 * One step's prompt: the brief, the plan by title with each step's state, the previous step's answer, then
 * the current step with its detail. Other steps' details stay out so each call sees only its own instructions.
 */
export function buildStepRequest(input: StepRequestInput): CanonicalRequest {
  const { brief, steps, index } = input;
  const total = steps.length;
  const overview = steps
    .map((step, position) => `${position + 1}. ${step.title}${position < index ? ' (done)' : position === index ? ' (now)' : ''}`)
    .join('\n');
  const sections = [brief, `# Plan\n${overview}`];
  if (input.previousOutput !== undefined && index > 0) {
    sections.push(`# Result of step ${index} (${steps[index - 1]!.title})\n${fenced(input.previousOutput)}`);
  }
  const step = steps[index]!;
  sections.push(`# Now: step ${index + 1} of ${total}: ${step.title}${step.detail ? `\n${step.detail}` : ''}`);
  return {
    model: 'auto',
    messages: [
      { role: 'system', content: systemPrompt },
      { role: 'user', content: sections.join('\n\n') },
    ],
  };
}
