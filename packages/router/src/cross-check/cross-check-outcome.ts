import type { ReviewVerdict, ReviewVerdictValue } from './review-verdict.js';

export interface ModelVerdict extends ReviewVerdict {
  readonly model: string;
}

/** What the cross-check decided: every reviewer's verdict, the arbiter's when they disagreed, and the final verdict. */
export interface CrossCheckOutcome {
  readonly reviews: readonly ModelVerdict[];
  readonly arbiter?: ModelVerdict;
  readonly verdict: ReviewVerdictValue;
  readonly reason: string;
}
