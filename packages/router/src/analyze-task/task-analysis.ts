import type {
  ChatCompletionCreateParams,
  ChatCompletionTool,
  ChatCompletionToolChoiceOption,
} from 'openai/resources/chat/completions';

/** What the request mainly asks the model to do; the router keys model preferences on it. */
export type TaskType =
  | 'code'
  | 'math'
  | 'reasoning'
  | 'creative_writing'
  | 'extraction'
  | 'summarization'
  | 'translation'
  | 'question_answering'
  | 'vision'
  | 'tool_use';

/** Something the chosen model must support, or be good at, to serve the request. */
export type TaskCapability = 'vision' | 'tools' | 'json' | 'long_context' | 'code' | 'reasoning';

/** Every task type, in the order ties between equally supported types are broken. */
export const TASK_TYPES: readonly TaskType[] = [
  'code',
  'math',
  'reasoning',
  'extraction',
  'summarization',
  'translation',
  'creative_writing',
  'question_answering',
  'vision',
  'tool_use',
];

/** Every capability, in the order `capabilities` lists them (a stable order keeps traces comparable). */
export const TASK_CAPABILITIES: readonly TaskCapability[] = ['vision', 'tools', 'json', 'long_context', 'code', 'reasoning'];

/**
 * One named feature behind the difficulty score: its measured value and how much it moved the
 * logit, so a routing trace can say why a prompt was judged hard or easy.
 */
export interface TaskSignal {
  readonly name: string;
  readonly value: number;
  readonly contribution: number;
}

export interface TaskAnalysis {
  readonly taskType: TaskType;
  /** In [0, 1]: higher means a weak model is more likely to fail the request. */
  readonly difficulty: number;
  readonly capabilities: readonly TaskCapability[];
  /** Input tokens, estimated without a tokenizer (about four characters a token for Latin text). */
  readonly estimatedTokens: number;
  /** The features with a non-zero contribution to the difficulty logit, largest effect first. */
  readonly signals?: readonly TaskSignal[];
}

/** The parts of a chat completion request besides its messages that change what the task needs. */
export interface AnalyzeTaskOptions {
  readonly tools?: readonly ChatCompletionTool[] | null;
  readonly tool_choice?: ChatCompletionToolChoiceOption | null;
  readonly response_format?: ChatCompletionCreateParams['response_format'] | null;
  /** Estimated input tokens above which the task needs a long-context model. */
  readonly longContextThreshold?: number;
}
