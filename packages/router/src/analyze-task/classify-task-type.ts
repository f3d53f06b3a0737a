import type { AnalyzeTaskOptions, TaskType } from './task-analysis.js';
import type { TaskEvidence } from './measure-task-evidence.js';

/** Below this much evidence for any specific kind of task, the request is chat or general Q&A. */
export const MIN_TASK_EVIDENCE = 1.5;

/**
 * Text evidence above which a request with tools on offer is still classified by its text
 * ("write a function that…" in a coding agent) rather than as tool use.
 */
const CONFIDENT_TEXT_EVIDENCE = 3;

export interface TaskTypeContext {
  readonly lastUserTurnHasImage: boolean;
  readonly endsWithToolResult: boolean;
  readonly options: AnalyzeTaskOptions | undefined;
}

function toolsOffered(options: AnalyzeTaskOptions | undefined): boolean {
  return Array.isArray(options?.tools) && options.tools.length > 0 && options.tool_choice !== 'none';
}

/** `required`, a named function or an allowed-tools list: the model must call a tool now. */
function toolCallForced(options: AnalyzeTaskOptions | undefined): boolean {
  const choice: unknown = options?.tool_choice;
  if (choice === 'required') return true;
  if (typeof choice !== 'object' || choice === null) return false;
  if ('allowed_tools' in choice) {
    const allowed: unknown = choice.allowed_tools;
    return typeof allowed === 'object' && allowed !== null && 'mode' in allowed && allowed.mode === 'required';
  }
  return true;
}

/** The text-only task type: the kind with the most evidence, or question answering when none has enough. */
export function classifyTextTaskType(evidence: TaskEvidence): { taskType: TaskType; strength: number } {
  // Order breaks ties: the more demanding kind wins, so a tie never routes a hard task as an easy one.
  const candidates: ReadonlyArray<readonly [TaskType, number]> = [
    ['code', evidence.code],
    ['math', evidence.math],
    ['reasoning', evidence.reasoning],
    ['extraction', evidence.extraction],
    ['summarization', evidence.summarization],
    ['translation', evidence.translation],
    ['creative_writing', evidence.creative],
    // Greetings and thanks are chat even after a technical turn.
    ['question_answering', 2 * evidence.chat],
  ];
  let taskType: TaskType = 'question_answering';
  let strength = 0;
  for (const [candidate, value] of candidates) {
    if (value > strength) {
      taskType = candidate;
      strength = value;
    }
  }
  return strength >= MIN_TASK_EVIDENCE ? { taskType, strength } : { taskType: 'question_answering', strength };
}

/**
 * The task type. What the request carries outranks its wording: a tool result to act on or a
 * forced tool call is tool use, an image in the last turn is vision; otherwise the text decides,
 * and tools on offer win over weak text evidence ("what's the weather in Paris?").
 */
export function classifyTaskType(evidence: TaskEvidence, context: TaskTypeContext): TaskType {
  if (context.endsWithToolResult || toolCallForced(context.options)) return 'tool_use';
  if (context.lastUserTurnHasImage) return 'vision';
  const text = classifyTextTaskType(evidence);
  if (toolsOffered(context.options) && (text.taskType === 'question_answering' || text.strength < CONFIDENT_TEXT_EVIDENCE)) {
    return 'tool_use';
  }
  return text.taskType;
}
