/** What the mock needs from an OpenAI or Anthropic request, once validated. */
export interface ChatRequest {
  model: string;
  /** Text parts of the last user message that has any, directives removed, trimmed, at most 200 characters. */
  lastUserText: string;
  imageCount: number;
  systemCount: number;
  /** Characters of every message's text, the system prompt and the tools JSON. */
  inputCharacters: number;
  /** Every text of the request (system first), where `[[mock: …]]` groups are looked for. */
  messageTexts: string[];
  tools: ToolDefinition[];
  toolChoice: ToolChoice;
  maxTokens: number | undefined;
  stopSequences: string[];
  responseFormat: ResponseFormat;
  stream: boolean;
  /** OpenAI `stream_options.include_usage`. */
  includeUsage: boolean;
}

export interface ToolDefinition {
  name: string;
  /** The JSON schema of the arguments. */
  schema: unknown;
}

export type ToolChoice = { kind: 'auto' } | { kind: 'required' } | { kind: 'named'; name: string };

export type ResponseFormat = { kind: 'text' } | { kind: 'json_object' } | { kind: 'json_schema'; schema: unknown };

export type NormalizeResult = { ok: true; request: ChatRequest } | { ok: false; message: string };

export const maximumEchoLength = 200;
