import type { ConversationMessage } from './context-types.js';

/** How a summary reaches the model: one system message ahead of the recent messages. */
export function summaryMessage(summary: string): ConversationMessage {
  return { role: 'system', content: `Summary of the earlier conversation:\n${summary}` };
}
