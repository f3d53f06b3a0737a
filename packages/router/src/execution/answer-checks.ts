import type { CrossCheckOptions } from '../cross-check/run-cross-check.js';
import type { JudgeOptions } from '../router/router-options.js';

/** Which checks apply to this request's answers. */
export interface AnswerChecks {
  readonly escalate: boolean;
  /** Set when cross-check is on for this request (option or `critical`) and reviewers are configured. */
  readonly crossCheck?: CrossCheckOptions;
  /** Cross-check was asked for but cannot run (no reviewers): said in the trace. */
  readonly crossCheckUnavailable: boolean;
  readonly judge?: JudgeOptions;
  readonly requestId?: string;
}
