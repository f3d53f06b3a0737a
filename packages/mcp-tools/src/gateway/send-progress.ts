import type { ToolExtra } from '../tool-definition.js';

/**
 * Sends `notifications/progress` for the call's progress token: `progress` grows with every piece
 * (characters so far), `message` carries the new text. Without a token it does nothing.
 */
export function createProgressSender(extra: ToolExtra): ((text: string) => Promise<void>) | undefined {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return undefined;
  let characters = 0;
  return async (text: string) => {
    characters += text.length;
    await extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress: characters, message: text } });
  };
}
