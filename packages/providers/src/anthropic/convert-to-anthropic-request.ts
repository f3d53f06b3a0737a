import type {
  MessageCreateParams,
  MessageCreateParamsBase,
  ThinkingConfigEnabled,
  Tool,
  ToolChoice,
} from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalRequest } from '../canonical-types.js';
import type { AnthropicJsonMode } from './anthropic-json-mode.js';
import { collectDroppedParameterWarnings } from './collect-dropped-parameter-warnings.js';
import { convertReasoningEffortToAnthropic } from './convert-reasoning-effort-to-anthropic.js';
import { convertResponseFormatToAnthropic } from './convert-response-format-to-anthropic.js';
import { convertToAnthropicMessages } from './convert-to-anthropic-messages.js';
import { convertToAnthropicTools } from './convert-to-anthropic-tools.js';
import { fitThinkingBudget } from './fit-thinking-budget.js';

export type { AnthropicJsonMode } from './anthropic-json-mode.js';

export interface ConvertToAnthropicRequestOptions {
  /** The model name sent upstream. */
  upstreamModel: string;
  /** The catalog's output limit, used when the request sets none (Anthropic requires max_tokens). */
  maxOutputTokens: number;
  stream: boolean;
}

export interface AnthropicRequestConversion {
  body: MessageCreateParams;
  /** Everything that was dropped or changed on the way, one sentence each. */
  warnings: string[];
  /** Set when response_format became a forced tool; pass it to the response and stream converters. */
  jsonMode: AnthropicJsonMode | undefined;
}

function isForcedToolChoice(toolChoice: ToolChoice | undefined): boolean {
  return toolChoice?.type === 'any' || toolChoice?.type === 'tool';
}

/** A canonical (OpenAI Chat Completions) request as the body of Anthropic's POST /v1/messages. */
export function convertToAnthropicRequest(
  request: CanonicalRequest,
  options: ConvertToAnthropicRequestOptions,
): AnthropicRequestConversion {
  const conversation = convertToAnthropicMessages(request.messages);
  const toolSettings = convertToAnthropicTools(request);
  const warnings = [...collectDroppedParameterWarnings(request), ...conversation.warnings, ...toolSettings.warnings];

  let tools: Tool[] | undefined = toolSettings.tools;
  let toolChoice = toolSettings.toolChoice;
  let jsonMode: AnthropicJsonMode | undefined;
  const jsonResponseTool = convertResponseFormatToAnthropic(request.response_format);
  if (jsonResponseTool !== undefined) {
    jsonMode = jsonResponseTool.jsonMode;
    const callerChoseTools = toolSettings.tools !== undefined && request.tool_choice !== undefined && request.tool_choice !== null;
    tools = [...(tools ?? []), jsonResponseTool.tool];
    if (callerChoseTools) {
      warnings.push(
        `response_format ${request.response_format?.type ?? ''} is not enforced because tool_choice is set: the model may answer in plain text`,
      );
    } else {
      toolChoice = { type: 'tool', name: jsonResponseTool.tool.name };
    }
  }

  const callerMaxTokens = request.max_completion_tokens ?? request.max_tokens ?? undefined;
  let maxTokens = callerMaxTokens ?? options.maxOutputTokens;
  let thinking: ThinkingConfigEnabled | undefined = convertReasoningEffortToAnthropic(request.reasoning_effort);
  if (thinking === undefined && request.reasoning_effort !== undefined && request.reasoning_effort !== null && request.reasoning_effort !== 'none') {
    warnings.push(`reasoning_effort ${request.reasoning_effort} is not supported by Anthropic and was dropped`);
  }
  if (thinking !== undefined && isForcedToolChoice(toolChoice)) {
    warnings.push('reasoning_effort was dropped: Anthropic cannot think while a tool is forced (tool_choice or response_format)');
    thinking = undefined;
  }
  if (thinking !== undefined) {
    const fit = fitThinkingBudget({
      thinking,
      maxTokens,
      maxOutputTokens: options.maxOutputTokens,
      callerSetMaxTokens: callerMaxTokens !== undefined,
    });
    thinking = fit.thinking;
    maxTokens = fit.maxTokens;
    warnings.push(...fit.warnings);
  }

  let temperature = request.temperature ?? undefined;
  let topP = request.top_p ?? undefined;
  if (thinking !== undefined) {
    if (temperature !== undefined) {
      warnings.push('temperature was dropped: Anthropic does not accept it with extended thinking (reasoning_effort)');
      temperature = undefined;
    }
    if (topP !== undefined && topP < 0.95) {
      warnings.push('top_p was dropped: Anthropic accepts only 0.95 to 1 with extended thinking (reasoning_effort)');
      topP = undefined;
    }
  } else if (temperature !== undefined && temperature > 1) {
    warnings.push(`temperature ${temperature} was clamped to 1: Anthropic accepts 0 to 1`);
    temperature = 1;
  }

  const requestedStops = typeof request.stop === 'string' ? [request.stop] : (request.stop ?? []);
  // Anthropic rejects stop sequences without a visible character (OpenAI clients often send "\n").
  const stopSequences = requestedStops.filter((sequence) => sequence.trim() !== '');
  for (const sequence of requestedStops.filter((candidate) => candidate.trim() === '')) {
    warnings.push(`stop sequence ${JSON.stringify(sequence)} was dropped: Anthropic accepts only stop sequences with a visible character`);
  }
  const userId = request.user ?? request.safety_identifier ?? undefined;
  if (request.user !== undefined && request.safety_identifier !== undefined && request.safety_identifier !== null) {
    warnings.push('safety_identifier was dropped: Anthropic takes one user id and user is set');
  }

  const base: MessageCreateParamsBase = {
    model: options.upstreamModel,
    max_tokens: maxTokens,
    ...(conversation.system.length === 0 ? {} : { system: conversation.system }),
    messages: conversation.messages,
    ...(tools === undefined ? {} : { tools }),
    ...(toolChoice === undefined ? {} : { tool_choice: toolChoice }),
    ...(temperature === undefined ? {} : { temperature }),
    ...(topP === undefined ? {} : { top_p: topP }),
    ...(stopSequences.length === 0 ? {} : { stop_sequences: stopSequences }),
    ...(userId === undefined ? {} : { metadata: { user_id: userId } }),
    ...(thinking === undefined ? {} : { thinking }),
  };
  const body: MessageCreateParams = options.stream ? { ...base, stream: true } : { ...base, stream: false };
  return { body, warnings, jsonMode };
}
