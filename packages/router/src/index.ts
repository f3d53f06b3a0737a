export { analyzeTask } from './analyze-task/analyze-task.js';
export { DEFAULT_LONG_CONTEXT_TOKENS } from './analyze-task/long-context-threshold.js';
export { TASK_TYPES, TASK_CAPABILITIES } from './analyze-task/task-analysis.js';
export type {
  AnalyzeTaskOptions,
  TaskAnalysis,
  TaskCapability,
  TaskSignal,
  TaskType,
} from './analyze-task/task-analysis.js';
