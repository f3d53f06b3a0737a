import { saturate, type TaskEvidence } from './measure-task-evidence.js';
import type { TaskSignal, TaskType } from './task-analysis.js';

/**
 * The difficulty model: a logistic score over a few named features, each saturated to [0, 1] so
 * the weights read as "how much this property alone moves the odds". The weights come from what
 * separates strong from weak models in general — multi-step math, proofs, code that must be correct,
 * logic, exact constraints and structured output are hard; open-ended writing, chat, rephrasing and
 * short translation are easy — checked against our own labelled examples, not fitted to a benchmark.
 */
const BASE_LOGIT = -1.6;

const FEATURE_WEIGHTS = {
  code: 2.0,
  math: 2.2,
  reasoning: 2.0,
  proof_or_steps: 0.8,
  constraints: 1.2,
  hard_qualifiers: 1.0,
  structured_output: 0.7,
  extraction: 0.8,
  character_level: 0.8,
  length: 0.8,
  follow_up: 0.2,
  tools: 0.3,
  vision: 0.3,
  creative: -1.4,
  chat: -0.8,
  translation: -0.6,
  summarization: -0.3,
} as const;

/** Kinds of task that are hard or easy beyond what their features show. */
const TASK_TYPE_LOGIT: Readonly<Record<TaskType, number>> = {
  code: 0.4,
  math: 0.4,
  reasoning: 0.3,
  extraction: 0.2,
  tool_use: 0.2,
  vision: 0.2,
  question_answering: 0,
  summarization: 0,
  translation: -0.2,
  creative_writing: -0.3,
};

/**
 * When the task is to summarise, translate or write about a text, its code, math or logic is
 * material to carry over, not a problem to solve: those signals count this much.
 */
const SUBJECT_MATTER_FACTOR = 0.5;
const SUBJECT_MATTER_TASKS: ReadonlySet<TaskType> = new Set(['summarization', 'translation', 'creative_writing']);

/** Tokens at which the length feature reaches 1: long inputs are harder to use precisely. */
const LENGTH_SCALE_TOKENS = 200;

export interface DifficultyContext {
  readonly taskType: TaskType;
  readonly estimatedTokens: number;
  readonly userTurns: number;
  readonly needsTools: boolean;
  readonly needsVision: boolean;
  readonly needsJson: boolean;
}

export interface DifficultyScore {
  readonly difficulty: number;
  readonly signals: TaskSignal[];
}

/** Difficulty in [0, 1] and the signed contribution of every feature to its logit. */
export function scoreDifficulty(evidence: TaskEvidence, context: DifficultyContext): DifficultyScore {
  const subjectFactor = SUBJECT_MATTER_TASKS.has(context.taskType) ? SUBJECT_MATTER_FACTOR : 1;
  const values: Record<keyof typeof FEATURE_WEIGHTS, number> = {
    code: subjectFactor * saturate(evidence.code, 3),
    math: subjectFactor * saturate(evidence.math, 3),
    reasoning: subjectFactor * saturate(evidence.reasoning, 2),
    proof_or_steps: saturate(evidence.proofOrSteps, 1),
    constraints: saturate(evidence.constraints, 3),
    hard_qualifiers: saturate(evidence.hardQualifiers, 1.5),
    structured_output: saturate(evidence.structuredOutput + (context.needsJson ? 2 : 0), 1.5),
    extraction: saturate(evidence.extraction, 3),
    character_level: saturate(evidence.characterLevel, 1),
    length: Math.min(1, Math.log2(1 + Math.max(0, context.estimatedTokens) / LENGTH_SCALE_TOKENS) / 4),
    follow_up: context.userTurns > 1 ? 1 : 0,
    tools: context.needsTools ? 1 : 0,
    vision: context.needsVision ? 1 : 0,
    creative: saturate(evidence.creative, 3),
    chat: saturate(evidence.chat, 1),
    translation: saturate(evidence.translation, 3),
    summarization: saturate(evidence.summarization, 3),
  };
  const signals: TaskSignal[] = [];
  let logit = BASE_LOGIT;
  const typeContribution = TASK_TYPE_LOGIT[context.taskType];
  logit += typeContribution;
  if (typeContribution !== 0) signals.push({ name: `task_type:${context.taskType}`, value: 1, contribution: typeContribution });
  for (const name of Object.keys(FEATURE_WEIGHTS) as Array<keyof typeof FEATURE_WEIGHTS>) {
    const value = values[name];
    if (!(value > 0)) continue;
    const contribution = value * FEATURE_WEIGHTS[name];
    logit += contribution;
    signals.push({ name, value: roundForTrace(value), contribution: roundForTrace(contribution) });
  }
  signals.sort((left, right) => Math.abs(right.contribution) - Math.abs(left.contribution));
  const difficulty = 1 / (1 + Math.exp(-logit));
  return { difficulty: Number.isFinite(difficulty) ? Math.min(1, Math.max(0, difficulty)) : 0.5, signals };
}

function roundForTrace(value: number): number {
  return Math.round(value * 1000) / 1000;
}
