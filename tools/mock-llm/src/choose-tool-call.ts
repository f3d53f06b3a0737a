import type { ToolCall } from './chat-answer.js';
import type { ChatRequest } from './chat-request.js';
import { generateFromSchema } from './generate-from-schema.js';
import type { Directives } from './parse-directive-group.js';

/** The tool call to answer with, when the request has tools and a directive or `tool_choice` asks for one. */
export function chooseToolCall(request: ChatRequest, directives: Directives): ToolCall | undefined {
  const firstTool = request.tools[0];
  if (firstTool === undefined) return undefined;
  let name: string | undefined;
  const directiveName = directives.get('tool_call');
  if (directiveName !== undefined) name = directiveName === '' ? firstTool.name : directiveName;
  else if (request.toolChoice.kind === 'named') name = request.toolChoice.name;
  else if (request.toolChoice.kind === 'required') name = firstTool.name;
  if (name === undefined) return undefined;

  // A name the request does not declare is answered anyway, with empty arguments: a model that
  // calls a tool it was not given is a case worth testing.
  const tool = request.tools.find((candidate) => candidate.name === name);
  const input = directives.has('bad_args') || tool === undefined ? {} : generateFromSchema(tool.schema);
  return { name, arguments: JSON.stringify(input), input };
}
