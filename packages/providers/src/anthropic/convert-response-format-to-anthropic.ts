import type { Tool } from '@anthropic-ai/sdk/resources/messages';
import type { CanonicalRequest } from '../canonical-types.js';
import { jsonResponseToolName, type AnthropicJsonMode } from './anthropic-json-mode.js';
import { TranslationError } from './translation-error.js';

export interface AnthropicJsonResponseTool {
  tool: Tool;
  jsonMode: AnthropicJsonMode;
}

/**
 * `response_format` as a tool whose input is the JSON answer. Anthropic's forced tool use works on every
 * model, so the answer is valid JSON of the right shape without relying on prompt instructions.
 * `text` (or no format) needs no tool.
 */
export function convertResponseFormatToAnthropic(
  responseFormat: CanonicalRequest['response_format'],
): AnthropicJsonResponseTool | undefined {
  if (responseFormat === undefined || responseFormat.type === 'text') return undefined;
  const jsonMode: AnthropicJsonMode = { toolName: jsonResponseToolName };
  if (responseFormat.type === 'json_object') {
    return {
      tool: {
        name: jsonResponseToolName,
        description: 'Give your whole answer as a JSON object: the input of this tool.',
        input_schema: { type: 'object' },
      },
      jsonMode,
    };
  }
  const format = responseFormat.json_schema;
  const schema = format.schema ?? {};
  if (schema['type'] !== undefined && schema['type'] !== 'object') {
    throw new TranslationError(
      `response_format.json_schema (${format.name}): the schema must describe an object at the root, not ${JSON.stringify(schema['type'])}`,
    );
  }
  return {
    tool: {
      name: jsonResponseToolName,
      description: format.description ?? `Give your whole answer as JSON matching the ${format.name} schema: the input of this tool.`,
      input_schema: { ...schema, type: 'object' },
    },
    jsonMode,
  };
}
