import type { ChatRequest, NormalizeResult, ResponseFormat, ToolChoice, ToolDefinition } from './chat-request.js';
import { asArray, asNumber, asString, isJsonObject } from './json-shapes.js';
import type { JsonObject } from './json-shapes.js';
import { summarizeUserText } from './summarize-user-text.js';
import { countToolCharacters } from './estimate-tokens.js';

interface MessageContent {
  texts: string[];
  images: number;
  hasText: boolean;
}

function readContent(content: unknown): MessageContent {
  if (typeof content === 'string') return { texts: [content], images: 0, hasText: true };
  const result: MessageContent = { texts: [], images: 0, hasText: false };
  for (const part of asArray(content)) {
    if (!isJsonObject(part)) continue;
    if (part['type'] === 'text' && typeof part['text'] === 'string') {
      result.texts.push(part['text']);
      result.hasText = true;
    } else if (part['type'] === 'refusal' && typeof part['refusal'] === 'string') {
      result.texts.push(part['refusal']);
    } else if (part['type'] === 'image_url') {
      result.images += 1;
    }
  }
  return result;
}

function readTools(tools: unknown): ToolDefinition[] {
  const definitions: ToolDefinition[] = [];
  for (const tool of asArray(tools)) {
    if (!isJsonObject(tool) || !isJsonObject(tool['function'])) continue;
    const name = asString(tool['function']['name']);
    if (name !== undefined) definitions.push({ name, schema: tool['function']['parameters'] ?? { type: 'object', properties: {} } });
  }
  return definitions;
}

function readToolChoice(choice: unknown): ToolChoice {
  if (choice === 'required') return { kind: 'required' };
  if (isJsonObject(choice) && choice['type'] === 'function' && isJsonObject(choice['function'])) {
    const name = asString(choice['function']['name']);
    if (name !== undefined) return { kind: 'named', name };
  }
  return { kind: 'auto' };
}

function readResponseFormat(format: unknown): ResponseFormat {
  if (!isJsonObject(format)) return { kind: 'text' };
  if (format['type'] === 'json_object') return { kind: 'json_object' };
  if (format['type'] === 'json_schema') {
    const schema = isJsonObject(format['json_schema']) ? format['json_schema']['schema'] : undefined;
    return { kind: 'json_schema', schema: schema ?? {} };
  }
  return { kind: 'text' };
}

function readStop(stop: unknown): string[] {
  if (typeof stop === 'string') return stop === '' ? [] : [stop];
  return asArray(stop).filter((item): item is string => typeof item === 'string' && item !== '');
}

/**
 * Validates an OpenAI Chat Completions body. `deployment` is the Azure path's deployment name, the
 * model when the body names none.
 */
export function normalizeOpenAiRequest(body: JsonObject, deployment?: string): NormalizeResult {
  const model = asString(body['model']) || deployment;
  if (model === undefined || model === '') {
    return { ok: false, message: 'model: required. Set "model" to the id of the model to call (for example "gpt-4o-mini").' };
  }
  const messages = body['messages'];
  if (!Array.isArray(messages) || messages.length === 0) {
    return { ok: false, message: 'messages: required. Send a non-empty array of {role, content} messages.' };
  }

  const messageTexts: string[] = [];
  let inputCharacters = 0;
  let imageCount = 0;
  let systemCount = 0;
  let lastUserTexts: string[] = [];
  for (const [index, message] of messages.entries()) {
    if (!isJsonObject(message) || typeof message['role'] !== 'string') {
      return { ok: false, message: `messages[${index}]: must be an object with a string "role".` };
    }
    const role = message['role'];
    const content = readContent(message['content']);
    for (const text of content.texts) {
      messageTexts.push(text);
      inputCharacters += text.length;
    }
    imageCount += content.images;
    if (role === 'system' || role === 'developer') systemCount += 1;
    if (role === 'user' && content.hasText) lastUserTexts = content.texts;
  }

  const tools = readTools(body['tools']);
  inputCharacters += countToolCharacters(tools);
  const streamOptions = body['stream_options'];
  const request: ChatRequest = {
    model,
    lastUserText: summarizeUserText(lastUserTexts),
    imageCount,
    systemCount,
    inputCharacters,
    messageTexts,
    tools,
    toolChoice: readToolChoice(body['tool_choice']),
    maxTokens: asNumber(body['max_completion_tokens']) ?? asNumber(body['max_tokens']),
    stopSequences: readStop(body['stop']),
    responseFormat: readResponseFormat(body['response_format']),
    stream: body['stream'] === true,
    includeUsage: isJsonObject(streamOptions) && streamOptions['include_usage'] === true,
  };
  return { ok: true, request };
}
