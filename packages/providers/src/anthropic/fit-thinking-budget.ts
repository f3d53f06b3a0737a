import type { ThinkingConfigEnabled } from '@anthropic-ai/sdk/resources/messages';

export interface ThinkingBudgetFit {
  thinking: ThinkingConfigEnabled | undefined;
  maxTokens: number;
  warnings: string[];
}

const minimumThinkingBudget = 1024;

/**
 * Anthropic counts thinking inside `max_tokens` and requires `max_tokens` above the budget. A limit at or
 * below the budget is raised by the budget (so the visible answer keeps the room it was given) up to the
 * model's output ceiling; when the ceiling is too low, the budget shrinks to half of it instead, and below
 * Anthropic's minimum budget thinking is left off.
 */
export function fitThinkingBudget(options: {
  thinking: ThinkingConfigEnabled;
  maxTokens: number;
  /** The model's maximum output from the catalog. */
  maxOutputTokens: number;
  /** Whether the caller chose `maxTokens` (a warning is owed when we change it). */
  callerSetMaxTokens: boolean;
}): ThinkingBudgetFit {
  const { thinking, maxTokens, callerSetMaxTokens } = options;
  const budget = thinking.budget_tokens;
  if (maxTokens > budget) return { thinking, maxTokens, warnings: [] };

  const ceiling = Math.max(options.maxOutputTokens, maxTokens);
  const raised = Math.min(budget + maxTokens, ceiling);
  if (raised > budget) {
    const warnings = callerSetMaxTokens
      ? [`max_tokens was raised from ${maxTokens} to ${raised}: Anthropic counts the ${budget}-token thinking budget inside max_tokens`]
      : [];
    return { thinking, maxTokens: raised, warnings };
  }
  const reducedBudget = Math.floor(raised / 2);
  if (reducedBudget < minimumThinkingBudget) {
    return {
      thinking: undefined,
      maxTokens,
      warnings: [`reasoning_effort was dropped: max_tokens ${maxTokens} leaves no room for Anthropic's minimum thinking budget of ${minimumThinkingBudget} tokens`],
    };
  }
  return {
    thinking: { ...thinking, budget_tokens: reducedBudget },
    maxTokens: raised,
    warnings: [`the thinking budget was reduced from ${budget} to ${reducedBudget} tokens to fit max_tokens ${raised}`],
  };
}
