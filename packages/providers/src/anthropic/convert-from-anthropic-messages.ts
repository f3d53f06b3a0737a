import type { ContentBlockParam, MessageParam, ToolResultBlockParam } from '@anthropic-ai/sdk/resources/messages';
import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartText,
  ChatCompletionMessageFunctionToolCall,
  ChatCompletionToolMessageParam,
} from 'openai/resources/chat/completions';
import type { CanonicalMessage } from '../canonical-types.js';
import {
  convertDocumentBlockFromAnthropic,
  convertImageBlockFromAnthropic,
  convertTextBlockFromAnthropic,
} from './convert-from-anthropic-content-blocks.js';
import { TranslationError } from './translation-error.js';

export interface CanonicalConversation {
  messages: CanonicalMessage[];
  warnings: string[];
}

// One plain text reads best as a string, which every OpenAI-compatible server accepts.
function compactContent<Part extends ChatCompletionContentPart>(parts: Part[]): string | Part[] {
  const only = parts[0];
  if (parts.length === 1 && only?.type === 'text' && only.prompt_cache_breakpoint === undefined) return only.text;
  return parts;
}

function convertToolResult(
  block: ToolResultBlockParam,
  location: string,
  movedImages: ChatCompletionContentPart[],
  warnings: string[],
): ChatCompletionToolMessageParam {
  if (block.content === undefined || typeof block.content === 'string') {
    return { role: 'tool', tool_call_id: block.tool_use_id, content: block.content ?? '' };
  }
  const parts: ChatCompletionContentPartText[] = [];
  for (const [partIndex, part] of block.content.entries()) {
    if (part.type === 'text') {
      parts.push(convertTextBlockFromAnthropic(part));
    } else if (part.type === 'image') {
      // Chat Completions tool messages carry text only; the image still reaches the model in the user turn.
      movedImages.push(convertImageBlockFromAnthropic(part));
      warnings.push(`${location}: an image in the tool_result for ${block.tool_use_id} was moved into the following user message`);
    } else {
      throw new TranslationError(`${location}.content[${partIndex}]: ${part.type} blocks in tool results are not supported`);
    }
  }
  return { role: 'tool', tool_call_id: block.tool_use_id, content: parts };
}

function convertUserTurn(content: ContentBlockParam[], location: string, warnings: string[]): CanonicalMessage[] {
  const toolMessages: ChatCompletionToolMessageParam[] = [];
  const movedImages: ChatCompletionContentPart[] = [];
  const parts: ChatCompletionContentPart[] = [];
  for (const [blockIndex, block] of content.entries()) {
    const blockLocation = `${location}.content[${blockIndex}]`;
    switch (block.type) {
      case 'tool_result':
        toolMessages.push(convertToolResult(block, blockLocation, movedImages, warnings));
        break;
      case 'text':
        parts.push(convertTextBlockFromAnthropic(block));
        break;
      case 'image':
        parts.push(convertImageBlockFromAnthropic(block));
        break;
      case 'document':
        parts.push(convertDocumentBlockFromAnthropic(block, blockLocation));
        break;
      default:
        throw new TranslationError(`${blockLocation}: ${block.type} blocks in user messages have no Chat Completions form`);
    }
  }
  const userParts = [...movedImages, ...parts];
  // Chat Completions wants the tool results right after the assistant's calls, before anything else the user says.
  return userParts.length === 0 ? toolMessages : [...toolMessages, { role: 'user', content: compactContent(userParts) }];
}

function convertAssistantTurn(content: ContentBlockParam[], location: string, warnings: string[]): CanonicalMessage[] {
  const parts: ChatCompletionContentPartText[] = [];
  const toolCalls: ChatCompletionMessageFunctionToolCall[] = [];
  for (const [blockIndex, block] of content.entries()) {
    const blockLocation = `${location}.content[${blockIndex}]`;
    if (block.type === 'text') {
      parts.push(convertTextBlockFromAnthropic(block));
    } else if (block.type === 'tool_use') {
      toolCalls.push({ id: block.id, type: 'function', function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) } });
    } else {
      // Thinking (its signature only Anthropic can check) and server-tool blocks are the assistant's own
      // bookkeeping; the conversation still makes sense without them.
      warnings.push(`${blockLocation}: ${block.type} blocks have no Chat Completions form and were dropped`);
    }
  }
  if (parts.length === 0 && toolCalls.length === 0) return [];
  return [
    {
      role: 'assistant',
      content: parts.length === 0 ? null : compactContent(parts),
      ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
    },
  ];
}

/**
 * Anthropic messages as canonical messages: tool_result blocks become tool messages placed before the
 * rest of their user turn, tool_use blocks become the assistant's tool_calls, images become data URLs.
 */
export function convertFromAnthropicMessages(messages: readonly MessageParam[]): CanonicalConversation {
  const warnings: string[] = [];
  const canonical: CanonicalMessage[] = [];
  for (const [messageIndex, message] of messages.entries()) {
    const location = `messages[${messageIndex}]`;
    if (typeof message.content === 'string') {
      canonical.push({ role: message.role, content: message.content });
    } else if (message.role === 'user') {
      canonical.push(...convertUserTurn(message.content, location, warnings));
    } else {
      canonical.push(...convertAssistantTurn(message.content, location, warnings));
    }
  }
  return { messages: canonical, warnings };
}
