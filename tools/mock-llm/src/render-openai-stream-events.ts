import type { ChatAnswer } from './chat-answer.js';
import { renderOpenAiUsage } from './render-openai-completion.js';
import type { ResponseContext, StreamShape } from './response-context.js';

export const openAiStreamTerminator = 'data: [DONE]\n\n';

/** Every SSE event of a streamed `chat.completion.chunk` answer, `[DONE]` included. */
export function renderOpenAiStreamEvents(answer: ChatAnswer, context: ResponseContext, shape: StreamShape, includeUsage: boolean): string[] {
  const events: string[] = [];
  const push = (delta: Record<string, unknown>, finishReason: string | null = null) => {
    const chunk: Record<string, unknown> = {
      id: context.id,
      object: 'chat.completion.chunk',
      created: context.created,
      model: context.model,
      system_fingerprint: 'mock',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    };
    if (includeUsage) chunk['usage'] = null;
    events.push(`data: ${JSON.stringify(chunk)}\n\n`);
  };

  // A pure tool call starts with null content, as the real API does; text starts with ''.
  push({ role: 'assistant', content: answer.text === null ? null : '' });
  for (const piece of shape.textPieces) push({ content: piece });
  if (answer.toolCall !== undefined) {
    push({ tool_calls: [{ index: 0, id: context.toolCallId, type: 'function', function: { name: answer.toolCall.name, arguments: '' } }] });
    for (const piece of shape.argumentPieces) push({ tool_calls: [{ index: 0, function: { arguments: piece } }] });
  }
  push({}, answer.finishReason);
  if (includeUsage) {
    const usageChunk = {
      id: context.id,
      object: 'chat.completion.chunk',
      created: context.created,
      model: context.model,
      system_fingerprint: 'mock',
      choices: [],
      usage: renderOpenAiUsage(answer.usage),
    };
    events.push(`data: ${JSON.stringify(usageChunk)}\n\n`);
  }
  events.push(openAiStreamTerminator);
  return events;
}
