import type { CanonicalMessage, CanonicalResponse } from '@gw/providers';

/** The text of a message's content (text parts joined; images and other parts named, not inlined). */
export function messageText(message: CanonicalMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  for (const part of content as readonly { type: string; text?: string }[]) {
    if (part.type === 'text' && typeof part.text === 'string') parts.push(part.text);
    else parts.push(`[${part.type}]`);
  }
  return parts.join('\n');
}

/** What a model answered, as text: its content, then its tool calls. */
export function answerText(response: CanonicalResponse): string {
  const message = response.choices[0]?.message;
  if (!message) return '';
  const parts: string[] = [];
  if (message.content) parts.push(message.content);
  for (const toolCall of message.tool_calls ?? []) {
    if (toolCall.type === 'function') parts.push(`tool call ${toolCall.function.name}(${toolCall.function.arguments})`);
  }
  return parts.join('\n');
}

/** The latest user message's text: what the task asks now. */
export function latestUserText(messages: readonly CanonicalMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role === 'user') return messageText(message);
  }
  return '';
}
