import type { ThinkingConfigEnabled } from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalRequest } from '../canonical-types.js';

type ReasoningEffort = NonNullable<CanonicalRequest['reasoning_effort']>;

/** Thinking budgets in tokens; Anthropic's minimum is 1024. */
export const thinkingBudgetByEffort: Readonly<Record<Exclude<ReasoningEffort, 'none'>, number>> = {
  minimal: 1024,
  low: 1024,
  medium: 4096,
  high: 16384,
  xhigh: 32768,
  max: 65536,
};

/** OpenAI's `reasoning_effort` as Anthropic extended thinking; `none` (or no effort) means no thinking. */
export function convertReasoningEffortToAnthropic(
  effort: CanonicalRequest['reasoning_effort'],
): ThinkingConfigEnabled | undefined {
  if (effort === undefined || effort === null || effort === 'none') return undefined;
  const budget = thinkingBudgetByEffort[effort];
  return budget === undefined ? undefined : { type: 'enabled', budget_tokens: budget };
}
