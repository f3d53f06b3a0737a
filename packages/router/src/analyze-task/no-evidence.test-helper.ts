import type { TaskEvidence } from './measure-task-evidence.js';

/** Evidence with every feature at zero; tests spread it and set the features they exercise. */
export const NO_EVIDENCE: TaskEvidence = {
  code: 0,
  math: 0,
  reasoning: 0,
  creative: 0,
  extraction: 0,
  summarization: 0,
  translation: 0,
  question: 0,
  chat: 0,
  constraints: 0,
  hardQualifiers: 0,
  structuredOutput: 0,
  proofOrSteps: 0,
  characterLevel: 0,
};
