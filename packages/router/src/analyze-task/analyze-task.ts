import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { classifyTaskType } from './classify-task-type.js';
import { collectConversationFeatures } from './collect-conversation-features.js';
import { detectCapabilities, offersTools, requestsJson } from './detect-capabilities.js';
import { estimateRequestSchemaTokens, estimateTokens } from './estimate-tokens.js';
import { DEFAULT_LONG_CONTEXT_TOKENS } from './long-context-threshold.js';
import { measureTaskEvidence } from './measure-task-evidence.js';
import { scoreDifficulty } from './score-difficulty.js';
import type { AnalyzeTaskOptions, TaskAnalysis } from './task-analysis.js';

/**
 * Reads a chat request and says what kind of task it is, how likely a weak model is to fail it,
 * what a model needs to serve it and how many input tokens it has. Pure, synchronous and
 * deterministic: one scan over a bounded sample of the text, no I/O, inputs never mutated, never
 * throws on a malformed request.
 */
export function analyzeTask(
  messages: readonly ChatCompletionMessageParam[],
  options?: AnalyzeTaskOptions,
): TaskAnalysis {
  const conversation = collectConversationFeatures(messages);
  const evidence = measureTaskEvidence(conversation.counts);
  const estimatedTokens = estimateTokens(
    {
      textChars: conversation.textChars,
      nonAsciiShare: conversation.scannedChars > 0 ? conversation.scannedNonAscii / conversation.scannedChars : 0,
      messageCount: conversation.messageCount,
      attachmentTokens: conversation.attachmentTokens,
    },
    estimateRequestSchemaTokens(options),
  );
  const taskType = classifyTaskType(evidence, {
    lastUserTurnHasImage: conversation.lastUserTurnHasImage,
    endsWithToolResult: conversation.endsWithToolResult,
    options,
  });
  const needsTools = offersTools(options) || conversation.hasToolActivity;
  const { difficulty, signals } = scoreDifficulty(evidence, {
    taskType,
    estimatedTokens,
    userTurns: conversation.userTurns,
    needsTools,
    needsVision: conversation.imageCount > 0,
    needsJson: requestsJson(options),
  });
  const threshold = options?.longContextThreshold;
  const capabilities = detectCapabilities(evidence, {
    taskType,
    difficulty,
    imageCount: conversation.imageCount,
    hasToolActivity: conversation.hasToolActivity,
    estimatedTokens,
    longContextThreshold:
      typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 ? threshold : DEFAULT_LONG_CONTEXT_TOKENS,
    options,
  });
  return { taskType, difficulty, capabilities, estimatedTokens, signals };
}
