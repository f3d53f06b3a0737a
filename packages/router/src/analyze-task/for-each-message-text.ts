/** Narrows an unknown value to an object whose fields can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function visitString(text: unknown, onText: (text: string) => void): void {
  if (typeof text === 'string' && text.length > 0) onText(text);
}

/**
 * Calls `onText` for every piece of text a chat message carries: string content, text and refusal
 * parts, the refusal field, and the names and arguments of tool calls (they are input tokens on the
 * next call). Accepts any value: requests come from clients we do not control, and analysis must
 * never throw on a malformed one.
 */
export function forEachMessageText(message: unknown, onText: (text: string) => void): void {
  if (!isRecord(message)) return;
  const content = message['content'];
  if (typeof content === 'string') {
    visitString(content, onText);
  } else if (Array.isArray(content)) {
    for (const part of content) {
      if (!isRecord(part)) continue;
      if (part['type'] === 'text') visitString(part['text'], onText);
      else if (part['type'] === 'refusal') visitString(part['refusal'], onText);
    }
  }
  visitString(message['refusal'], onText);
  const toolCalls = message['tool_calls'];
  if (Array.isArray(toolCalls)) {
    for (const call of toolCalls) {
      if (!isRecord(call)) continue;
      const fields = isRecord(call['function']) ? call['function'] : isRecord(call['custom']) ? call['custom'] : undefined;
      if (fields === undefined) continue;
      visitString(fields['name'], onText);
      visitString(fields['arguments'], onText);
      visitString(fields['input'], onText);
    }
  }
  const functionCall = message['function_call'];
  if (isRecord(functionCall)) {
    visitString(functionCall['name'], onText);
    visitString(functionCall['arguments'], onText);
  }
}
