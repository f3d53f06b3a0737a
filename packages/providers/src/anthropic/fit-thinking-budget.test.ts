import { describe, expect, it } from 'vitest';
import { fitThinkingBudget } from './fit-thinking-budget.js';

describe('fitThinkingBudget', () => {
  it('keeps a max_tokens that is already above the budget', () => {
    expect(
      fitThinkingBudget({ thinking: { type: 'enabled', budget_tokens: 4096 }, maxTokens: 8000, maxOutputTokens: 64000, callerSetMaxTokens: true }),
    ).toEqual({ thinking: { type: 'enabled', budget_tokens: 4096 }, maxTokens: 8000, warnings: [] });
  });

  it('raises the caller’s max_tokens by the budget and says so', () => {
    expect(
      fitThinkingBudget({ thinking: { type: 'enabled', budget_tokens: 4096 }, maxTokens: 500, maxOutputTokens: 64000, callerSetMaxTokens: true }),
    ).toEqual({
      thinking: { type: 'enabled', budget_tokens: 4096 },
      maxTokens: 4596,
      warnings: ['max_tokens was raised from 500 to 4596: Anthropic counts the 4096-token thinking budget inside max_tokens'],
    });
  });

  it('raises the catalog default quietly, up to the model ceiling', () => {
    expect(
      fitThinkingBudget({ thinking: { type: 'enabled', budget_tokens: 16384 }, maxTokens: 8192, maxOutputTokens: 20000, callerSetMaxTokens: false }),
    ).toEqual({ thinking: { type: 'enabled', budget_tokens: 16384 }, maxTokens: 20000, warnings: [] });
  });

  it('shrinks the budget when the ceiling is below it', () => {
    expect(
      fitThinkingBudget({ thinking: { type: 'enabled', budget_tokens: 65536 }, maxTokens: 32000, maxOutputTokens: 32000, callerSetMaxTokens: false }),
    ).toEqual({
      thinking: { type: 'enabled', budget_tokens: 16000 },
      maxTokens: 32000,
      warnings: ['the thinking budget was reduced from 65536 to 16000 tokens to fit max_tokens 32000'],
    });
  });

  it('leaves thinking off when not even the minimum budget fits', () => {
    expect(
      fitThinkingBudget({ thinking: { type: 'enabled', budget_tokens: 1024 }, maxTokens: 1000, maxOutputTokens: 1000, callerSetMaxTokens: true }),
    ).toEqual({
      thinking: undefined,
      maxTokens: 1000,
      warnings: ["reasoning_effort was dropped: max_tokens 1000 leaves no room for Anthropic's minimum thinking budget of 1024 tokens"],
    });
  });
});
