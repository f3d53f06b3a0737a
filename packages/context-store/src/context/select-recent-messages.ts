import type { StoredMessage } from './context-types.js';

export interface SelectedMessages {
  readonly messages: StoredMessage[];
  readonly omittedMessageCount: number;
  readonly tokenCount: number;
}

/** The longest run of most recent messages whose tokens fit the budget, oldest first. */
export function selectRecentMessages(
  candidates: readonly StoredMessage[],
  tokenBudget: number,
  countTokens: (message: StoredMessage) => number = (message) => message.tokenCount,
): SelectedMessages {
  let tokenCount = 0;
  let start = candidates.length;
  while (start > 0) {
    const cost = countTokens(candidates[start - 1] as StoredMessage);
    if (tokenCount + cost > tokenBudget) break;
    tokenCount += cost;
    start -= 1;
  }
  return { messages: candidates.slice(start), omittedMessageCount: start, tokenCount };
}
