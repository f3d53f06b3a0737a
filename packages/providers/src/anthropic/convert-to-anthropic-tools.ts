import type { Tool, ToolChoice } from '@anthropic-ai/sdk/resources/messages';
import type { ChatCompletionToolChoiceOption } from 'openai/resources/chat/completions';
import type { FunctionParameters } from 'openai/resources/shared';
import type { CanonicalRequest } from '../canonical-types.js';
import { TranslationError } from './translation-error.js';

export interface AnthropicToolSettings {
  tools: Tool[] | undefined;
  toolChoice: ToolChoice | undefined;
  warnings: string[];
}

// Anthropic requires an object schema at the root; OpenAI lets a function omit its parameters entirely.
function inputSchemaFor(parameters: FunctionParameters | undefined, location: string): Tool.InputSchema {
  if (parameters === undefined) return { type: 'object', properties: {} };
  if (parameters['type'] === undefined) return { type: 'object', ...parameters };
  if (parameters['type'] !== 'object') {
    throw new TranslationError(`${location}: Anthropic tool input schemas must have type "object", not ${JSON.stringify(parameters['type'])}`);
  }
  return parameters as Tool.InputSchema;
}

function allowedToolNames(choice: Extract<ChatCompletionToolChoiceOption, { type: 'allowed_tools' }>): Set<string> {
  const names = new Set<string>();
  for (const entry of choice.allowed_tools.tools) {
    const functionEntry = entry['function'] as { name?: unknown } | undefined;
    if (typeof functionEntry?.name === 'string') names.add(functionEntry.name);
  }
  return names;
}

/**
 * OpenAI `tools`, `tool_choice` and `parallel_tool_calls` as Anthropic `tools` and `tool_choice`.
 * `allowed_tools` has no Anthropic counterpart, so the tool list itself is narrowed to the allowed ones.
 */
export function convertToAnthropicTools(
  request: Pick<CanonicalRequest, 'tools' | 'tool_choice' | 'parallel_tool_calls'>,
): AnthropicToolSettings {
  const warnings: string[] = [];
  let tools = (request.tools ?? []).map((tool, toolIndex): Tool => {
    const location = `tools[${toolIndex}]`;
    if (tool.type !== 'function') {
      throw new TranslationError(`${location}: ${tool.type} tools are not supported by Anthropic; only function tools are`);
    }
    const definition = tool.function;
    if (definition.strict === true) {
      warnings.push(`${location} (${definition.name}): strict is not supported by Anthropic and was dropped`);
    }
    return {
      name: definition.name,
      ...(definition.description === undefined ? {} : { description: definition.description }),
      input_schema: inputSchemaFor(definition.parameters, `${location} (${definition.name})`),
    };
  });

  const choice = request.tool_choice;
  const disableParallel = request.parallel_tool_calls === false ? { disable_parallel_tool_use: true } : {};
  let toolChoice: ToolChoice | undefined;
  if (choice === undefined || choice === null) {
    toolChoice = request.parallel_tool_calls === false ? { type: 'auto', ...disableParallel } : undefined;
  } else if (choice === 'none') {
    toolChoice = { type: 'none' };
  } else if (choice === 'auto') {
    toolChoice = { type: 'auto', ...disableParallel };
  } else if (choice === 'required') {
    toolChoice = { type: 'any', ...disableParallel };
  } else if (choice.type === 'function') {
    toolChoice = { type: 'tool', name: choice.function.name, ...disableParallel };
  } else if (choice.type === 'allowed_tools') {
    const allowed = allowedToolNames(choice);
    tools = tools.filter((tool) => allowed.has(tool.name));
    toolChoice = { type: choice.allowed_tools.mode === 'required' ? 'any' : 'auto', ...disableParallel };
  } else {
    throw new TranslationError(`tool_choice: ${choice.type} tool choices are not supported by Anthropic`);
  }

  // Anthropic rejects a tool_choice without tools, and without tools it would change nothing anyway.
  if (tools.length === 0) return { tools: undefined, toolChoice: undefined, warnings };
  return { tools, toolChoice, warnings };
}
