import type { ConversationMessage } from './context-types.js';

// Roughly four characters per token for English and code, plus the per-message framing of chat formats.
const charactersPerToken = 4;
const tokensPerMessage = 4;

/** A tokenizer-free estimate, deliberately on the high side so a context chosen with it fits. */
export function estimateMessageTokens(message: ConversationMessage): number {
  return tokensPerMessage + estimateTextTokens(textOf(message));
}

export function estimateTextTokens(text: string): number {
  return Math.ceil(text.length / charactersPerToken);
}

function textOf(message: ConversationMessage): string {
  const { content, ...rest } = message as unknown as { content?: unknown } & Record<string, unknown>;
  let text = '';
  if (typeof content === 'string') text = content;
  else if (Array.isArray(content)) {
    for (const part of content as unknown[]) {
      if (typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string') text += part.text;
      // An image costs hundreds of tokens whatever its URL length; count a fixed amount.
      else text += ' '.repeat(85 * charactersPerToken);
    }
  }
  // Tool calls, names and the role also reach the model.
  return text + JSON.stringify(rest);
}
