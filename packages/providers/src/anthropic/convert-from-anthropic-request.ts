import type { MessageCreateParams, ThinkingConfigParam } from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalMessage, CanonicalRequest } from '../canonical-types.js';
import { systemContentFromAnthropic } from './convert-from-anthropic-content-blocks.js';
import { convertFromAnthropicMessages } from './convert-from-anthropic-messages.js';
import { convertFromAnthropicTools } from './convert-from-anthropic-tools.js';

export interface CanonicalRequestConversion {
  request: CanonicalRequest;
  /** Everything that was dropped or changed on the way, one sentence each. */
  warnings: string[];
}

type ReasoningEffort = CanonicalRequest['reasoning_effort'];

/** Parameters this module translates; any other one is named in a warning. */
const translatedParameters: ReadonlySet<string> = new Set([
  'model',
  'max_tokens',
  'messages',
  'system',
  'tools',
  'tool_choice',
  'stop_sequences',
  'temperature',
  'top_p',
  'metadata',
  'thinking',
  'output_config',
  'stream',
]);

// The inverse of the forward budgets (low 1024, medium 4096, high 16384), with the boundaries between them.
function effortForThinking(thinking: ThinkingConfigParam | undefined, outputEffort: ReasoningEffort): ReasoningEffort {
  if (thinking?.type === 'enabled') {
    if (thinking.budget_tokens <= 2048) return 'low';
    if (thinking.budget_tokens <= 8192) return 'medium';
    return 'high';
  }
  // Adaptive thinking lets the model decide how much to think; `effort` is the only dial it has.
  if (thinking?.type === 'adaptive') return outputEffort ?? 'medium';
  return outputEffort;
}

function systemMessages(system: MessageCreateParams['system']): CanonicalMessage[] {
  if (system === undefined) return [];
  if (typeof system === 'string') return system === '' ? [] : [{ role: 'system', content: system }];
  return system.map((block) => ({ role: 'system', content: systemContentFromAnthropic(block) }));
}

/**
 * A body sent to gw's Anthropic-compatible POST /v1/messages as a canonical request, so any upstream
 * can answer it. Each system block becomes its own system message, in order.
 */
export function convertFromAnthropicRequest(body: MessageCreateParams): CanonicalRequestConversion {
  const conversation = convertFromAnthropicMessages(body.messages);
  const toolSettings = convertFromAnthropicTools(body.tools, body.tool_choice);
  const warnings = [...conversation.warnings, ...toolSettings.warnings];

  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null || translatedParameters.has(name)) continue;
    if (name === 'service_tier' && value === 'auto') continue;
    warnings.push(`${name} has no Chat Completions counterpart and was dropped`);
  }

  const reasoningEffort = effortForThinking(body.thinking, body.output_config?.effort ?? undefined);
  const format = body.output_config?.format ?? undefined;
  const request: CanonicalRequest = {
    model: body.model,
    messages: [...systemMessages(body.system), ...conversation.messages],
    max_tokens: body.max_tokens,
    ...(toolSettings.tools === undefined ? {} : { tools: toolSettings.tools }),
    ...(toolSettings.toolChoice === undefined ? {} : { tool_choice: toolSettings.toolChoice }),
    ...(toolSettings.parallelToolCalls === undefined ? {} : { parallel_tool_calls: toolSettings.parallelToolCalls }),
    ...(body.stop_sequences === undefined ? {} : { stop: body.stop_sequences }),
    ...(body.temperature === undefined ? {} : { temperature: body.temperature }),
    ...(body.top_p === undefined ? {} : { top_p: body.top_p }),
    ...(typeof body.metadata?.user_id === 'string' ? { user: body.metadata.user_id } : {}),
    ...(reasoningEffort === undefined || reasoningEffort === null ? {} : { reasoning_effort: reasoningEffort }),
    ...(format === undefined
      ? {}
      : { response_format: { type: 'json_schema' as const, json_schema: { name: 'output', schema: format.schema, strict: true } } }),
    ...(body.stream === undefined ? {} : { stream: body.stream }),
  };
  return { request, warnings };
}
