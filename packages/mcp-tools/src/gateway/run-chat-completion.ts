import type { CanonicalChunk, CanonicalRequest, GatewayMetadata, ProviderRegistry } from '@gw/providers';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolExtra } from '../tool-definition.js';
import { buildChatCompletionResult } from './build-chat-completion-result.js';
import { createToolCallAccumulator, toolCallsOfResponse } from './collect-tool-calls.js';
import type { GatewayRouter } from './gateway-toolset-options.js';

function expectsJson(request: CanonicalRequest): boolean {
  const type = request.response_format?.type;
  return type === 'json_object' || type === 'json_schema';
}

export async function runChat(registry: ProviderRegistry, request: CanonicalRequest, extra: ToolExtra): Promise<CallToolResult> {
  const response = await registry.chat(request, { signal: extra.signal });
  return resultOfResponse(response, expectsJson(request));
}

/**
 * Lets the router choose. A streaming caller is streamed to when the router can stream (fallbacks only before
 * the first token); otherwise the whole answer arrives as one progress notification.
 */
export async function runRouted(
  router: GatewayRouter,
  request: CanonicalRequest,
  extra: ToolExtra,
  sendProgress: ((text: string) => Promise<void>) | undefined,
): Promise<CallToolResult> {
  if (sendProgress && router.stream) {
    return runStreamed(router.stream({ ...request, stream: true }, { signal: extra.signal }), request, sendProgress);
  }
  const response = await router.route(request, { signal: extra.signal });
  const text = response.choices[0]?.message.content ?? '';
  if (sendProgress && text) await sendProgress(text);
  return resultOfResponse(response, expectsJson(request));
}

/** A provider stream or a routed stream: chunks as they arrive, then the metadata of the whole answer. */
export interface ChatStreamLike extends AsyncIterable<CanonicalChunk> {
  readonly result: Promise<{ gw: GatewayMetadata; finishReason: string | null }>;
}

export function openProviderStream(registry: ProviderRegistry, request: CanonicalRequest, extra: ToolExtra): ChatStreamLike {
  return registry.stream({ ...request, stream: true }, { signal: extra.signal });
}

function resultOfResponse(response: Awaited<ReturnType<ProviderRegistry['chat']>>, wantsJson: boolean): CallToolResult {
  const choice = response.choices[0];
  return buildChatCompletionResult({
    content: choice?.message.content ?? '',
    refusal: choice?.message.refusal ?? null,
    finishReason: choice?.finish_reason ?? null,
    toolCalls: toolCallsOfResponse(response),
    gw: response.gw,
    fallbackUsage: response.usage,
    streamed: false,
    expectsJson: wantsJson,
  });
}

/**
 * Streams from the upstream and forwards each text delta as a progress notification as it arrives;
 * the result holds the whole answer, as if it had not been streamed.
 */
export async function runStreamed(stream: ChatStreamLike, request: CanonicalRequest, sendProgress: (text: string) => Promise<void>): Promise<CallToolResult> {
  let content = '';
  let refusal = '';
  let finishReason: string | null = null;
  const toolCalls = createToolCallAccumulator();
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    if (!choice) continue;
    toolCalls.add(chunk);
    if (choice.delta.refusal) refusal += choice.delta.refusal;
    if (choice.finish_reason) finishReason = choice.finish_reason;
    const text = choice.delta.content;
    if (text) {
      content += text;
      await sendProgress(text);
    }
  }
  const result = await stream.result;
  return buildChatCompletionResult({
    content,
    refusal: refusal || null,
    finishReason: result.finishReason ?? finishReason,
    toolCalls: toolCalls.result(),
    gw: result.gw,
    streamed: true,
    expectsJson: expectsJson(request),
  });
}
