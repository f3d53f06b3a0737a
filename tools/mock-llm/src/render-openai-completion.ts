import type { AnswerUsage, ChatAnswer } from './chat-answer.js';
import type { ResponseContext } from './response-context.js';

/** OpenAI usage: prompt_tokens includes the cached tokens, completion_tokens the reasoning tokens. */
export function renderOpenAiUsage(usage: AnswerUsage) {
  const promptTokens = usage.inputTokens + usage.cachedTokens;
  const completionTokens = usage.outputTokens + usage.reasoningTokens;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: usage.reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** A `chat.completion` object. */
export function renderOpenAiCompletion(answer: ChatAnswer, context: ResponseContext) {
  const message: Record<string, unknown> = { role: 'assistant', content: answer.text, refusal: null };
  if (answer.toolCall !== undefined) {
    message['tool_calls'] = [
      { id: context.toolCallId, type: 'function', function: { name: answer.toolCall.name, arguments: answer.toolCall.arguments } },
    ];
  }
  return {
    id: context.id,
    object: 'chat.completion',
    created: context.created,
    model: context.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: answer.finishReason }],
    usage: renderOpenAiUsage(answer.usage),
    system_fingerprint: 'mock',
  };
}
