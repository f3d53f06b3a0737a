import type { ChatRequest, NormalizeResult, ResponseFormat, ToolChoice, ToolDefinition } from './chat-request.js';
import { asArray, asNumber, asString, isJsonObject } from './json-shapes.js';
import type { JsonObject } from './json-shapes.js';
import { summarizeUserText } from './summarize-user-text.js';
import { countToolCharacters } from './estimate-tokens.js';

interface ContentSummary {
  texts: string[];
  /** Texts of top-level text blocks only: tool results are not what the user said. */
  userTexts: string[];
  images: number;
}

function summarizeContent(content: unknown, summary: ContentSummary, nested: boolean): void {
  if (typeof content === 'string') {
    summary.texts.push(content);
    if (!nested) summary.userTexts.push(content);
    return;
  }
  for (const block of asArray(content)) {
    if (!isJsonObject(block)) continue;
    if (block['type'] === 'text' && typeof block['text'] === 'string') {
      summary.texts.push(block['text']);
      if (!nested) summary.userTexts.push(block['text']);
    } else if (block['type'] === 'image') {
      summary.images += 1;
    } else if (block['type'] === 'tool_result') {
      summarizeContent(block['content'], summary, true);
    }
  }
}

function readTools(tools: unknown): ToolDefinition[] {
  const definitions: ToolDefinition[] = [];
  for (const tool of asArray(tools)) {
    if (!isJsonObject(tool)) continue;
    const name = asString(tool['name']);
    if (name !== undefined) definitions.push({ name, schema: tool['input_schema'] ?? { type: 'object', properties: {} } });
  }
  return definitions;
}

function readToolChoice(choice: unknown): ToolChoice {
  if (!isJsonObject(choice)) return { kind: 'auto' };
  if (choice['type'] === 'any') return { kind: 'required' };
  const name = asString(choice['name']);
  if (choice['type'] === 'tool' && name !== undefined) return { kind: 'named', name };
  return { kind: 'auto' };
}

/** Anthropic structured outputs: `output_config.format` of type `json_schema`. */
function readResponseFormat(outputConfig: unknown): ResponseFormat {
  if (!isJsonObject(outputConfig) || !isJsonObject(outputConfig['format'])) return { kind: 'text' };
  const format = outputConfig['format'];
  return format['type'] === 'json_schema' ? { kind: 'json_schema', schema: format['schema'] ?? {} } : { kind: 'text' };
}

/** Validates an Anthropic Messages body. */
export function normalizeAnthropicRequest(body: JsonObject): NormalizeResult {
  const model = asString(body['model']);
  if (model === undefined || model === '') {
    return { ok: false, message: 'model: Field required. Set "model" to the id of the model to call (for example "claude-sonnet-4-5").' };
  }
  const messages = body['messages'];
  if (!Array.isArray(messages) || messages.length === 0) {
    return { ok: false, message: 'messages: Field required. Send a non-empty array of {role, content} messages.' };
  }
  const maxTokens = asNumber(body['max_tokens']);
  if (maxTokens === undefined || maxTokens < 1) {
    return { ok: false, message: 'max_tokens: Field required. Set "max_tokens" to a positive integer (for example 1024).' };
  }

  const messageTexts: string[] = [];
  let inputCharacters = 0;
  let systemCount = 0;
  const system = body['system'];
  if (typeof system === 'string') {
    systemCount = 1;
    messageTexts.push(system);
    inputCharacters += system.length;
  } else if (Array.isArray(system)) {
    systemCount = system.length;
    for (const block of system) {
      if (isJsonObject(block) && typeof block['text'] === 'string') {
        messageTexts.push(block['text']);
        inputCharacters += block['text'].length;
      }
    }
  }

  let imageCount = 0;
  let lastUserTexts: string[] = [];
  for (const [index, message] of messages.entries()) {
    if (!isJsonObject(message) || typeof message['role'] !== 'string') {
      return { ok: false, message: `messages.${index}: must be an object with a string "role" ("user" or "assistant").` };
    }
    const summary: ContentSummary = { texts: [], userTexts: [], images: 0 };
    summarizeContent(message['content'], summary, false);
    for (const text of summary.texts) {
      messageTexts.push(text);
      inputCharacters += text.length;
    }
    imageCount += summary.images;
    if (message['role'] === 'user' && summary.userTexts.length > 0) lastUserTexts = summary.userTexts;
  }

  const tools = readTools(body['tools']);
  inputCharacters += countToolCharacters(tools);
  const stopSequences = asArray(body['stop_sequences']).filter((item): item is string => typeof item === 'string' && item !== '');
  const request: ChatRequest = {
    model,
    lastUserText: summarizeUserText(lastUserTexts),
    imageCount,
    systemCount,
    inputCharacters,
    messageTexts,
    tools,
    toolChoice: readToolChoice(body['tool_choice']),
    maxTokens,
    stopSequences,
    responseFormat: readResponseFormat(body['output_config']),
    stream: body['stream'] === true,
    includeUsage: false,
  };
  return { ok: true, request };
}
