import type { ModelPrice } from '@gw/providers';

const perToken = 1 / 1_000_000;

/** USD for a call of this size at list prices (input and output only: caching cannot be known in advance). */
export function estimateDeploymentCost(price: ModelPrice, inputTokens: number, outputTokens: number): number {
  return inputTokens * price.input * perToken + outputTokens * price.output * perToken;
}
