import type { TaskEvidence } from './measure-task-evidence.js';
import { TASK_CAPABILITIES, type AnalyzeTaskOptions, type TaskCapability, type TaskType } from './task-analysis.js';

/** Code evidence at which a request needs a code-capable model even when coding is not the main task. */
const CODE_EVIDENCE_FOR_CAPABILITY = 3;
/** Reasoning evidence at which the task needs a model good at multi-step reasoning. */
const REASONING_EVIDENCE_FOR_CAPABILITY = 4;
/** Difficulty above which a math task is multi-step enough to need a reasoning model. */
const MATH_DIFFICULTY_FOR_REASONING = 0.6;

export interface CapabilityContext {
  readonly taskType: TaskType;
  readonly difficulty: number;
  readonly imageCount: number;
  readonly hasToolActivity: boolean;
  readonly estimatedTokens: number;
  readonly longContextThreshold: number;
  readonly options: AnalyzeTaskOptions | undefined;
}

/** True when the request asks for JSON output (a JSON object or a JSON schema). */
export function requestsJson(options: AnalyzeTaskOptions | undefined): boolean {
  const type: unknown = options?.response_format?.type;
  return type === 'json_object' || type === 'json_schema';
}

/** Tools on the request (any `tool_choice`: even `none` needs a model that accepts the `tools` field). */
export function offersTools(options: AnalyzeTaskOptions | undefined): boolean {
  return Array.isArray(options?.tools) && options.tools.length > 0;
}

/** The capabilities a model needs for this request, in the fixed order of `TASK_CAPABILITIES`. */
export function detectCapabilities(evidence: TaskEvidence, context: CapabilityContext): TaskCapability[] {
  const needed = new Set<TaskCapability>();
  if (context.imageCount > 0) needed.add('vision');
  if (offersTools(context.options) || context.hasToolActivity) needed.add('tools');
  if (requestsJson(context.options)) needed.add('json');
  if (context.estimatedTokens > context.longContextThreshold) needed.add('long_context');
  if (context.taskType === 'code' || evidence.code >= CODE_EVIDENCE_FOR_CAPABILITY) needed.add('code');
  if (
    evidence.proofOrSteps > 0 ||
    context.taskType === 'reasoning' ||
    evidence.reasoning >= REASONING_EVIDENCE_FOR_CAPABILITY ||
    (context.taskType === 'math' && context.difficulty >= MATH_DIFFICULTY_FOR_REASONING)
  ) {
    needed.add('reasoning');
  }
  return TASK_CAPABILITIES.filter((capability) => needed.has(capability));
}
