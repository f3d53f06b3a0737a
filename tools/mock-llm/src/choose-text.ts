import type { ChatRequest } from './chat-request.js';
import { generateFromSchema } from './generate-from-schema.js';
import type { Directives } from './parse-directive-group.js';
import { readNumberDirective } from './read-directive.js';

export const refusalText = "I'm sorry, but I can't help with that.";

/** `[<model>] echo: <text>`, then the image and system counts when there are any. */
export function defaultText(request: ChatRequest): string {
  let text = `[${request.model}] echo: ${request.lastUserText}`;
  if (request.imageCount > 0) text += ` (images=${request.imageCount})`;
  if (request.systemCount > 0) text += ` (system=${request.systemCount})`;
  return text;
}

function decodeReply(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function jsonText(request: ChatRequest, directives: Directives): string {
  const mode = directives.get('json');
  if (mode === 'mismatch') return '{"unexpected":true}';
  const valid =
    request.responseFormat.kind === 'json_schema'
      ? JSON.stringify(generateFromSchema(request.responseFormat.schema))
      : JSON.stringify({ answer: defaultText(request), model: request.model });
  return mode === 'invalid' ? valid.slice(0, Math.max(1, Math.floor(valid.length / 2))) : valid;
}

/** The answer text before stop sequences and `max_tokens` apply. */
export function chooseText(request: ChatRequest, directives: Directives): string {
  if (directives.has('empty')) return '';
  if (directives.has('refusal')) return refusalText;
  const reply = directives.get('reply');
  if (reply !== undefined) return decodeReply(reply);
  const words = readNumberDirective(directives, 'words');
  if (words !== undefined) return Array.from({ length: Math.floor(words) }, (_, index) => `word${index + 1}`).join(' ');
  if (request.responseFormat.kind !== 'text' || directives.has('json')) return jsonText(request, directives);
  return defaultText(request);
}
