import type { GatewayMetadata, TokenUsage } from '@gw/providers';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ChatCompletionOutput } from './chat-completion-output-schema.js';
import { describeToolCalls, type ToolCallSummary } from './collect-tool-calls.js';

export interface AnswerParts {
  content: string;
  refusal?: string | null;
  finishReason: string | null;
  toolCalls: ToolCallSummary[];
  gw: GatewayMetadata | undefined;
  /** Usage as the upstream reported it, when gw's token classes are missing. */
  fallbackUsage?: { prompt_tokens: number; completion_tokens: number } | undefined;
  streamed: boolean;
  /** The call asked for JSON (`response_format`); an answer that does not parse gets a warning. */
  expectsJson?: boolean;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Problems an assistant should know about before trusting the answer. */
function answerWarnings(parts: AnswerParts): string[] {
  const warnings: string[] = [];
  if (parts.finishReason === 'length') warnings.push('the answer hit max_tokens and is cut short; raise max_tokens for the rest');
  if (parts.finishReason === 'content_filter') warnings.push("the upstream's content filter stopped the answer");
  if (parts.expectsJson && parts.content !== '' && !isJson(parts.content)) warnings.push('response_format asked for JSON but the answer is not valid JSON');
  return warnings;
}

const noTokens: TokenUsage = { input: 0, cachedInput: 0, cacheWrite: 0, output: 0, reasoning: 0 };

function usageOf(parts: AnswerParts): ChatCompletionOutput['usage'] {
  const tokens = parts.gw?.tokens;
  if (!tokens) {
    const prompt = parts.fallbackUsage?.prompt_tokens ?? 0;
    const completion = parts.fallbackUsage?.completion_tokens ?? 0;
    return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion, cached_tokens: 0, cache_write_tokens: 0, reasoning_tokens: 0 };
  }
  const { input, cachedInput, cacheWrite, output, reasoning } = { ...noTokens, ...tokens };
  const prompt = input + cachedInput + cacheWrite;
  const completion = output + reasoning;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    cached_tokens: cachedInput,
    cache_write_tokens: cacheWrite,
    reasoning_tokens: reasoning,
  };
}

/** The tool result: the answer as text (not a JSON dump), the facts about it as structured content. */
export function buildChatCompletionResult(parts: AnswerParts): CallToolResult {
  const gw = parts.gw;
  const structured: ChatCompletionOutput = {
    model: gw?.model ?? 'unknown',
    provider: gw?.provider ?? 'unknown',
    upstream_model: gw?.upstreamModel ?? gw?.model ?? 'unknown',
    ...(gw?.tier === undefined ? {} : { tier: gw.tier }),
    finish_reason: parts.finishReason ?? 'unknown',
    usage: usageOf(parts),
    ...(gw?.costUsd === undefined ? {} : { cost_usd: gw.costUsd }),
    tool_calls: parts.toolCalls,
    warnings: [...(gw?.warnings ?? []), ...answerWarnings(parts)],
    streamed: parts.streamed,
    ...(gw?.latencyMs === undefined ? {} : { latency_ms: gw.latencyMs }),
  };
  let text = parts.content;
  if (text === '' && parts.refusal) text = `The model refused: ${parts.refusal}`;
  if (text === '' && parts.toolCalls.length > 0) text = describeToolCalls(parts.toolCalls);
  if (text === '') text = `(The model returned no text; finish reason: ${parts.finishReason ?? 'unknown'}.)`;
  return { content: [{ type: 'text', text }], structuredContent: structured };
}
