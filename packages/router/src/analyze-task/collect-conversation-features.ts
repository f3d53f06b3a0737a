import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { countMessageAttachments } from './count-message-attachments.js';
import { forEachMessageText, isRecord } from './for-each-message-text.js';
import { scanSampledText, type ScanBudget } from './scan-sampled-text.js';
import { createFeatureCounts, type FeatureCounts } from './text-feature.js';

/**
 * How much each part of a conversation says about the task. The last user turn is the request.
 * The system prompt often fixes the role ("you are a coding assistant", "stay in character"), so it
 * counts half; earlier turns only set the scene ("now make it faster" is about the code two turns
 * up); tool output is mostly data.
 */
const LAST_TURN_WEIGHT = 1;
const SYSTEM_WEIGHT = 0.5;
const CONTEXT_WEIGHT = 0.3;
const TOOL_RESULT_WEIGHT = 0.15;

/**
 * Characters scanned at most per part of the conversation, so the cost stops growing with length.
 * 8,000 characters of a turn (its head and tail) hold its instructions and ample material to judge.
 */
const LAST_TURN_SCAN_CHARS = 8_000;
const SYSTEM_SCAN_CHARS = 2_000;
const CONTEXT_SCAN_CHARS = 6_000;
const CONTEXT_SCAN_CHARS_PER_MESSAGE = 2_000;

export interface ConversationFeatures {
  readonly counts: FeatureCounts;
  /** Every character of text in the conversation: contents, refusals, tool-call names and arguments. */
  textChars: number;
  scannedChars: number;
  scannedNonAscii: number;
  /** Estimated tokens of images, audio and files. */
  attachmentTokens: number;
  messageCount: number;
  imageCount: number;
  lastUserTurnHasImage: boolean;
  /** Tool results or assistant tool calls somewhere in the conversation. */
  hasToolActivity: boolean;
  /** The conversation ends with a tool result the model must now act on. */
  endsWithToolResult: boolean;
  userTurns: number;
  lastUserTurnChars: number;
}

function roleOf(message: unknown): unknown {
  return isRecord(message) ? message['role'] : undefined;
}

function hasToolCalls(message: Record<string, unknown>): boolean {
  const toolCalls = message['tool_calls'];
  return (Array.isArray(toolCalls) && toolCalls.length > 0) || isRecord(message['function_call']);
}

/**
 * Walks the conversation once for sizes, images and tool activity, scanning the text that says
 * what the task is: the last user turn (up to a cap) at full weight and the system prompt at lower
 * weight; then scans the most recent earlier turns, newest first, while a context budget lasts.
 */
export function collectConversationFeatures(messages: readonly ChatCompletionMessageParam[]): ConversationFeatures {
  const features: ConversationFeatures = {
    counts: createFeatureCounts(),
    textChars: 0,
    scannedChars: 0,
    scannedNonAscii: 0,
    attachmentTokens: 0,
    messageCount: 0,
    imageCount: 0,
    lastUserTurnHasImage: false,
    hasToolActivity: false,
    endsWithToolResult: false,
    userTurns: 0,
    lastUserTurnChars: 0,
  };
  const list: readonly unknown[] = Array.isArray(messages) ? messages : [];
  const counts = features.counts;

  // The request is the last user turn; without one, the last message of any role stands in for it.
  let primaryIndex = -1;
  for (let index = list.length - 1; index >= 0; index--) {
    if (roleOf(list[index]) === 'user') {
      primaryIndex = index;
      break;
    }
  }
  if (primaryIndex < 0) primaryIndex = list.length - 1;

  const lastTurnBudget: ScanBudget = { remaining: LAST_TURN_SCAN_CHARS };
  const systemBudget: ScanBudget = { remaining: SYSTEM_SCAN_CHARS };
  for (let index = 0; index < list.length; index++) {
    const message = list[index];
    if (!isRecord(message)) continue;
    features.messageCount++;
    const role = message['role'];
    if (role === 'user') features.userTurns++;
    if (role === 'tool' || role === 'function' || hasToolCalls(message)) features.hasToolActivity = true;
    const attachments = countMessageAttachments(message);
    features.imageCount += attachments.images;
    features.attachmentTokens += attachments.tokens;
    if (index === primaryIndex) {
      features.lastUserTurnHasImage = attachments.images > 0;
      forEachMessageText(message, (text) => {
        features.textChars += text.length;
        features.lastUserTurnChars += text.length;
        scanSampledText(text, counts, LAST_TURN_WEIGHT, lastTurnBudget, LAST_TURN_SCAN_CHARS, features);
      });
    } else if (role === 'system' || role === 'developer') {
      forEachMessageText(message, (text) => {
        features.textChars += text.length;
        scanSampledText(text, counts, SYSTEM_WEIGHT, systemBudget, SYSTEM_SCAN_CHARS, features);
      });
    } else {
      forEachMessageText(message, (text) => {
        features.textChars += text.length;
      });
    }
  }
  const lastRole = roleOf(list[list.length - 1]);
  features.endsWithToolResult = lastRole === 'tool' || lastRole === 'function';

  const contextBudget: ScanBudget = { remaining: CONTEXT_SCAN_CHARS };
  for (let index = list.length - 1; index >= 0 && contextBudget.remaining > 0; index--) {
    const role = roleOf(list[index]);
    if (index === primaryIndex || role === 'system' || role === 'developer') continue;
    const weight = role === 'tool' || role === 'function' ? TOOL_RESULT_WEIGHT : CONTEXT_WEIGHT;
    forEachMessageText(list[index], (text) =>
      scanSampledText(text, counts, weight, contextBudget, CONTEXT_SCAN_CHARS_PER_MESSAGE, features),
    );
  }
  return features;
}
