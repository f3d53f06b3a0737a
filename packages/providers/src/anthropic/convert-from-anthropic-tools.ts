import type { Tool, ToolChoice, ToolUnion } from '@anthropic-ai/sdk/resources/messages';
import type { ChatCompletionFunctionTool, ChatCompletionToolChoiceOption } from 'openai/resources/chat/completions';

export interface CanonicalToolSettings {
  tools: ChatCompletionFunctionTool[] | undefined;
  toolChoice: ChatCompletionToolChoiceOption | undefined;
  parallelToolCalls: false | undefined;
  warnings: string[];
}

// Client tools have an input schema and no type (or `custom`); every other type is a tool Anthropic runs itself.
function isClientTool(tool: ToolUnion): tool is Tool {
  return 'input_schema' in tool && (tool.type === undefined || tool.type === null || tool.type === 'custom');
}

function convertToolChoice(choice: ToolChoice | undefined): ChatCompletionToolChoiceOption | undefined {
  switch (choice?.type) {
    case undefined:
      return undefined;
    case 'auto':
      return 'auto';
    case 'any':
      return 'required';
    case 'none':
      return 'none';
    case 'tool':
      return { type: 'function', function: { name: choice.name } };
  }
}

/** Anthropic `tools` and `tool_choice` as OpenAI `tools`, `tool_choice` and `parallel_tool_calls`. */
export function convertFromAnthropicTools(tools: readonly ToolUnion[] | undefined, choice: ToolChoice | undefined): CanonicalToolSettings {
  const warnings: string[] = [];
  const functionTools: ChatCompletionFunctionTool[] = [];
  for (const [toolIndex, tool] of (tools ?? []).entries()) {
    if (!isClientTool(tool)) {
      warnings.push(`tools[${toolIndex}] (${tool.name}): Anthropic server tools (${tool.type}) have no Chat Completions form and were dropped`);
      continue;
    }
    functionTools.push({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description === undefined ? {} : { description: tool.description }),
        parameters: tool.input_schema,
        ...(tool.strict === undefined ? {} : { strict: tool.strict }),
      },
    });
  }
  const disablesParallel = choice !== undefined && choice.type !== 'none' && choice.disable_parallel_tool_use === true;
  return {
    tools: functionTools.length === 0 ? undefined : functionTools,
    toolChoice: convertToolChoice(choice),
    parallelToolCalls: disablesParallel ? false : undefined,
    warnings,
  };
}
