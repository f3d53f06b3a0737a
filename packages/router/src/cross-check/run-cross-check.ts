import type { ProviderRegistry } from '@gw/providers';
import type { RoutingAttempt } from '../execution/routing-trace.js';
import type { CrossCheckOutcome } from './cross-check-outcome.js';
import { requestVerdict } from './request-verdict.js';
import { arbiterMaterial, reviewMaterial } from './review-material.js';
import { DEFAULT_ARBITER_PROMPT, DEFAULT_REVIEW_PROMPT } from './review-prompts.js';

export interface CrossCheckOptions {
  /** Reviewer model ids (catalog ids or `provider/model`); each reviews the answer independently. */
  readonly reviewers: readonly string[];
  /** Called only when the reviewers disagree; without one, a disagreement is `uncertain`. */
  readonly arbiter?: string;
  readonly reviewPrompt?: string;
  readonly arbiterPrompt?: string;
}

export interface CrossCheckInput {
  readonly registry: ProviderRegistry;
  readonly options: CrossCheckOptions;
  readonly taskText: string;
  readonly answer: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly recordAttempt: (attempt: RoutingAttempt) => void;
}

/** Reviewers in parallel; if they all agree that is the verdict, otherwise the arbiter decides. */
export async function runCrossCheck(input: CrossCheckInput): Promise<CrossCheckOutcome> {
  const { registry, options, signal, timeoutMs } = input;
  const results = await Promise.all(
    options.reviewers.map((model) =>
      requestVerdict({
        registry,
        model,
        purpose: 'review',
        systemPrompt: options.reviewPrompt ?? DEFAULT_REVIEW_PROMPT,
        userText: reviewMaterial(input.taskText, input.answer),
        ...(signal ? { signal } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
    ),
  );
  for (const result of results) input.recordAttempt(result.attempt);
  const reviews = results.map((result) => result.verdict);
  const verdicts = new Set(reviews.map((review) => review.verdict));
  if (verdicts.size === 1) {
    const verdict = reviews[0]!.verdict;
    return { reviews, verdict, reason: `all ${reviews.length} reviewers: ${verdict}` };
  }
  if (!options.arbiter) return { reviews, verdict: 'uncertain', reason: 'reviewers disagree and no arbiter is configured' };
  const arbitration = await requestVerdict({
    registry,
    model: options.arbiter,
    purpose: 'arbiter',
    systemPrompt: options.arbiterPrompt ?? DEFAULT_ARBITER_PROMPT,
    userText: arbiterMaterial(input.taskText, input.answer, reviews),
    ...(signal ? { signal } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  input.recordAttempt(arbitration.attempt);
  return { reviews, arbiter: arbitration.verdict, verdict: arbitration.verdict.verdict, reason: `reviewers disagree; arbiter: ${arbitration.verdict.verdict}` };
}
