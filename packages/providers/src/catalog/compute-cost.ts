import type { CostBreakdown, TokenUsage } from '../canonical-types.js';
import type { ModelPrice } from './catalog-types.js';

const perToken = 1 / 1_000_000;

// Sub-micro-dollar float noise would otherwise show up in logs and budgets (0.30000000000000004).
function round(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

/** USD cost of every token class at the model's prices; classes without their own price use the documented fallback. */
export function computeCost(tokens: TokenUsage, price: ModelPrice): CostBreakdown {
  const input = round(tokens.input * price.input * perToken);
  const cachedInput = round(tokens.cachedInput * (price.cachedInput ?? price.input) * perToken);
  const cacheWrite = round(tokens.cacheWrite * (price.cacheWrite ?? price.input) * perToken);
  const output = round(tokens.output * price.output * perToken);
  const reasoning = round(tokens.reasoning * (price.reasoning ?? price.output) * perToken);
  return { input, cachedInput, cacheWrite, output, reasoning, total: round(input + cachedInput + cacheWrite + output + reasoning) };
}

export const zeroTokens: Readonly<TokenUsage> = Object.freeze({ input: 0, cachedInput: 0, cacheWrite: 0, output: 0, reasoning: 0 });
