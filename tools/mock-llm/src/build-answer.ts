import { applyOutputLimits } from './apply-output-limits.js';
import type { ChatAnswer, FinishReason } from './chat-answer.js';
import type { ChatRequest } from './chat-request.js';
import { chooseText } from './choose-text.js';
import { chooseToolCall } from './choose-tool-call.js';
import { estimateTokens } from './estimate-tokens.js';
import type { Directives } from './parse-directive-group.js';
import { readNumberDirective } from './read-directive.js';

const forcedFinishReasons: ReadonlyMap<string, FinishReason> = new Map<string, FinishReason>([
  ['stop', 'stop'],
  ['end_turn', 'stop'],
  ['length', 'length'],
  ['max_tokens', 'length'],
  ['content_filter', 'content_filter'],
  ['refusal', 'content_filter'],
  ['tool_calls', 'tool_calls'],
  ['tool_use', 'tool_calls'],
]);

/** The deterministic answer to a request under its directives. */
export function buildAnswer(request: ChatRequest, directives: Directives): ChatAnswer {
  const toolCall = chooseToolCall(request, directives);
  let text: string | null;
  let finishReason: FinishReason;
  let stopSequence: string | null = null;
  if (toolCall !== undefined) {
    text = directives.has('tool_text') ? `[${request.model}] calling ${toolCall.name}` : null;
    finishReason = 'tool_calls';
  } else {
    const limited = applyOutputLimits(chooseText(request, directives), request.stopSequences, request.maxTokens);
    text = limited.text;
    finishReason = limited.finishReason;
    stopSequence = limited.stopSequence;
  }
  const forced = forcedFinishReasons.get(directives.get('finish') ?? '');
  if (forced !== undefined) {
    finishReason = forced;
    if (forced !== 'stop') stopSequence = null;
  }

  const outputCharacters = (text?.length ?? 0) + (toolCall?.arguments.length ?? 0);
  return {
    text,
    toolCall,
    finishReason,
    stopSequence,
    usage: {
      inputTokens: estimateTokens(request.inputCharacters),
      outputTokens: Math.max(1, estimateTokens(outputCharacters)),
      cachedTokens: Math.floor(readNumberDirective(directives, 'cached') ?? 0),
      cacheWriteTokens: Math.floor(readNumberDirective(directives, 'cache_write') ?? 0),
      reasoningTokens: Math.floor(readNumberDirective(directives, 'reasoning') ?? 0),
    },
  };
}
