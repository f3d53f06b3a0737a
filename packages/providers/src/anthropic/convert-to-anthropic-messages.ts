import type {
  ContentBlockParam,
  MessageParam,
  TextBlockParam,
  ToolResultBlockParam,
  ToolUseBlockParam,
} from '@anthropic-ai/sdk/resources/messages';
import type {
  ChatCompletionAssistantMessageParam,
  ChatCompletionContentPartText,
  ChatCompletionToolMessageParam,
  ChatCompletionUserMessageParam,
} from 'openai/resources/chat/completions';
import type { CanonicalMessage } from '../canonical-types.js';
import { convertTextPartToAnthropic, convertUserPartToAnthropic } from './convert-to-anthropic-content-blocks.js';
import { parseToolCallArguments } from './parse-tool-call-arguments.js';
import { TranslationError } from './translation-error.js';

export interface AnthropicConversation {
  system: TextBlockParam[];
  messages: MessageParam[];
  warnings: string[];
}

interface Turn {
  role: 'user' | 'assistant';
  content: ContentBlockParam[];
}

// Anthropic rejects text blocks without a visible character, and such a text adds nothing to the conversation.
function isBlank(text: string): boolean {
  return text.trim() === '';
}

function textBlocks(content: string | ChatCompletionContentPartText[] | null | undefined): TextBlockParam[] {
  if (content === null || content === undefined) return [];
  if (typeof content === 'string') return isBlank(content) ? [] : [{ type: 'text', text: content }];
  return content.filter((part) => !isBlank(part.text)).map(convertTextPartToAnthropic);
}

function userBlocks(message: ChatCompletionUserMessageParam, location: string): ContentBlockParam[] {
  if (typeof message.content === 'string') return textBlocks(message.content);
  return message.content
    .map((part, partIndex) => ({ part, partIndex }))
    .filter(({ part }) => !(part.type === 'text' && isBlank(part.text)))
    .map(({ part, partIndex }) => convertUserPartToAnthropic(part, `${location}.content[${partIndex}]`));
}

function assistantBlocks(message: ChatCompletionAssistantMessageParam, location: string): ContentBlockParam[] {
  if (message.function_call !== undefined && message.function_call !== null) {
    throw new TranslationError(`${location}: the legacy function_call is not supported by Anthropic; send tool_calls instead`);
  }
  const blocks: ContentBlockParam[] = [];
  if (typeof message.content === 'string') {
    blocks.push(...textBlocks(message.content));
  } else if (Array.isArray(message.content)) {
    for (const part of message.content) {
      // A refusal is what the assistant said; Anthropic keeps it as text.
      const text = part.type === 'refusal' ? { type: 'text' as const, text: part.refusal } : part;
      blocks.push(...textBlocks([text]));
    }
  }
  for (const [callIndex, toolCall] of (message.tool_calls ?? []).entries()) {
    const callLocation = `${location}.tool_calls[${callIndex}]`;
    if (toolCall.type !== 'function') {
      throw new TranslationError(`${callLocation} (${toolCall.id}): custom tool calls are not supported by Anthropic`);
    }
    const toolUse: ToolUseBlockParam = {
      type: 'tool_use',
      id: toolCall.id,
      name: toolCall.function.name,
      input: parseToolCallArguments(toolCall.function.arguments, `${callLocation} (${toolCall.id}, ${toolCall.function.name})`),
    };
    blocks.push(toolUse);
  }
  return blocks;
}

function toolResultBlock(message: ChatCompletionToolMessageParam): ToolResultBlockParam {
  return {
    type: 'tool_result',
    tool_use_id: message.tool_call_id,
    content: typeof message.content === 'string' ? message.content : textBlocks(message.content),
  };
}

// Anthropic requires user and assistant turns to alternate, so consecutive same-role messages become one turn.
function appendTurn(turns: Turn[], role: Turn['role'], content: ContentBlockParam[]): void {
  if (content.length === 0) return;
  const previous = turns.at(-1);
  if (previous?.role === role) previous.content.push(...content);
  else turns.push({ role, content: [...content] });
}

// Anthropic requires a user turn's tool_result blocks to come before anything else in it.
function moveToolResultsFirst(turn: Turn): boolean {
  const toolResults = turn.content.filter((block) => block.type === 'tool_result');
  const others = turn.content.filter((block) => block.type !== 'tool_result');
  const reordered = [...toolResults, ...others];
  const changed = reordered.some((block, blockIndex) => block !== turn.content[blockIndex]);
  turn.content = reordered;
  return changed;
}

// Anthropic rejects a final (prefill) assistant turn that ends with whitespace.
function trimFinalAssistantTurn(turns: Turn[]): void {
  const last = turns.at(-1);
  if (last?.role !== 'assistant') return;
  const lastBlock = last.content.at(-1);
  if (lastBlock?.type !== 'text') return;
  const trimmed = lastBlock.text.trimEnd();
  if (trimmed === lastBlock.text) return;
  if (trimmed === '') last.content.pop();
  else last.content[last.content.length - 1] = { ...lastBlock, text: trimmed };
  if (last.content.length === 0) turns.pop();
}

/**
 * Canonical messages as Anthropic's `system` blocks and alternating `messages`. System and developer
 * messages keep their order in `system` wherever they stood; tool messages become `tool_result` blocks
 * in user turns.
 */
export function convertToAnthropicMessages(messages: readonly CanonicalMessage[]): AnthropicConversation {
  const system: TextBlockParam[] = [];
  const turns: Turn[] = [];
  const warnings: string[] = [];
  let conversationStarted = false;

  for (const [messageIndex, message] of messages.entries()) {
    const location = `messages[${messageIndex}]`;
    switch (message.role) {
      case 'system':
      case 'developer':
        system.push(...textBlocks(message.content));
        if (conversationStarted) {
          warnings.push(
            `${location} (${message.role}) was moved into Anthropic's top-level system prompt, after the earlier system messages: Anthropic has no system messages inside the conversation`,
          );
        }
        break;
      case 'user':
        conversationStarted = true;
        appendTurn(turns, 'user', userBlocks(message, location));
        break;
      case 'assistant':
        conversationStarted = true;
        appendTurn(turns, 'assistant', assistantBlocks(message, location));
        break;
      case 'tool':
        conversationStarted = true;
        appendTurn(turns, 'user', [toolResultBlock(message)]);
        break;
      default:
        throw new TranslationError(`${location}: ${message.role} messages are not supported by Anthropic; send tool messages instead`);
    }
  }

  for (const turn of turns) {
    if (turn.role === 'user' && moveToolResultsFirst(turn)) {
      warnings.push(
        'tool results were moved before the other content of their user turn: Anthropic requires tool_result blocks to come first',
      );
    }
  }
  trimFinalAssistantTurn(turns);
  if (turns.length === 0) {
    throw new TranslationError('messages: Anthropic needs at least one user or assistant message besides the system messages');
  }
  return { system, messages: turns.map((turn) => ({ role: turn.role, content: turn.content })), warnings };
}
