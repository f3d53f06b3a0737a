import type { MessageDeltaUsage, RawContentBlockStartEvent, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import type { CompletionUsage } from 'openai/resources/completions';
import type { CanonicalChunk } from '../canonical-types.js';
import { readStopSequence, type CanonicalChunkChoice } from './canonical-extensions.js';
import type { CanonicalFinishReason } from './map-anthropic-stop-reason.js';
import { convertToAnthropicTokenCounts, convertToAnthropicUsage } from './convert-to-anthropic-usage.js';
import { mapFinishReasonToAnthropic } from './map-finish-reason-to-anthropic.js';
import { toAnthropicMessageId } from './to-anthropic-message-id.js';

export interface AnthropicEventEncoderOptions {
  /** The model name the caller sees. */
  model: string;
  /** Defaults to one derived from the first chunk's id. */
  messageId?: string;
  /** The prompt's token count, if known before the answer starts (message_start reports it). */
  inputTokens?: number;
}

export interface AnthropicEventEncoder {
  /** The events one canonical chunk turns into. */
  push(chunk: CanonicalChunk): RawMessageStreamEvent[];
  /** Closes an open block and sends message_delta and message_stop unless they were sent already. */
  finish(): RawMessageStreamEvent[];
}

type OpenBlock = { kind: 'text' | 'thinking'; index: number } | { kind: 'tool'; index: number; toolCallIndex: number };

/**
 * Turns canonical chunks into Anthropic stream events in Anthropic's exact order: message_start, then per
 * content block content_block_start, its deltas and content_block_stop (a new block whenever the kind of
 * output changes, one block per tool call), then message_delta and message_stop. OpenAI sends usage in a
 * chunk after the finish chunk, so message_delta waits for that chunk or for finish().
 */
export function createAnthropicEventEncoder(options: AnthropicEventEncoderOptions): AnthropicEventEncoder {
  let started = false;
  let ended = false;
  let nextBlockIndex = 0;
  let openBlock: OpenBlock | undefined;
  // Tool-call index → its block and id, so fragments find their block even when a provider repeats ids.
  const toolBlocks = new Map<number, { index: number; id: string | undefined }>();
  let finishReason: CanonicalFinishReason | undefined;
  let stopSequence: string | undefined;
  // A refusal streams as text, and Anthropic reports it as stop_reason refusal whatever the finish reason says.
  let sawRefusal = false;
  let usage: CompletionUsage | undefined;

  const messageStart = (chunk: CanonicalChunk | undefined): RawMessageStreamEvent => ({
    type: 'message_start',
    message: {
      id: options.messageId ?? toAnthropicMessageId(chunk?.id ?? 'gw'),
      type: 'message',
      role: 'assistant',
      model: options.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: { ...convertToAnthropicUsage(undefined), input_tokens: options.inputTokens ?? 0 },
    },
  });

  const closeBlock = (events: RawMessageStreamEvent[]): void => {
    if (openBlock === undefined) return;
    events.push({ type: 'content_block_stop', index: openBlock.index });
    openBlock = undefined;
  };

  const openNewBlock = (events: RawMessageStreamEvent[], block: OpenBlock, contentBlock: RawContentBlockStartEvent['content_block']): void => {
    closeBlock(events);
    openBlock = block;
    events.push({ type: 'content_block_start', index: block.index, content_block: contentBlock });
  };

  const ensureTextualBlock = (events: RawMessageStreamEvent[], kind: 'text' | 'thinking'): number => {
    if (openBlock?.kind === kind) return openBlock.index;
    const index = nextBlockIndex++;
    openNewBlock(
      events,
      { kind, index },
      kind === 'text' ? { type: 'text', text: '', citations: null } : { type: 'thinking', thinking: '', signature: '' },
    );
    return index;
  };

  const encodeToolCalls = (events: RawMessageStreamEvent[], toolCalls: NonNullable<CanonicalChunkChoice['delta']['tool_calls']>): void => {
    for (const fragment of toolCalls) {
      let known = toolBlocks.get(fragment.index);
      const isNewCall = known === undefined || (fragment.id !== undefined && known.id !== undefined && fragment.id !== known.id);
      if (isNewCall) {
        const index = nextBlockIndex++;
        known = { index, id: fragment.id };
        toolBlocks.set(fragment.index, known);
        openNewBlock(events, { kind: 'tool', index, toolCallIndex: fragment.index }, {
          type: 'tool_use',
          id: fragment.id ?? `toolu_gw_${index}`,
          name: fragment.function?.name ?? '',
          input: {},
          caller: { type: 'direct' },
        });
      }
      const argumentsFragment = fragment.function?.arguments ?? '';
      if (known !== undefined && argumentsFragment !== '') {
        events.push({ type: 'content_block_delta', index: known.index, delta: { type: 'input_json_delta', partial_json: argumentsFragment } });
      }
    }
  };

  const messageDeltaUsage = (): MessageDeltaUsage => {
    if (usage === undefined) {
      return { input_tokens: options.inputTokens ?? null, output_tokens: 0, cache_read_input_tokens: null, cache_creation_input_tokens: null, server_tool_use: null };
    }
    return { ...convertToAnthropicTokenCounts(usage), server_tool_use: null };
  };

  const end = (events: RawMessageStreamEvent[]): void => {
    closeBlock(events);
    const stopReason = sawRefusal ? 'refusal' : mapFinishReasonToAnthropic(finishReason ?? 'stop', { stopSequence });
    events.push({
      type: 'message_delta',
      delta: {
        stop_reason: stopReason,
        stop_sequence: stopReason === 'stop_sequence' ? (stopSequence ?? null) : null,
        stop_details: stopReason === 'refusal' ? { type: 'refusal', category: null, explanation: null } : null,
        container: null,
      },
      usage: messageDeltaUsage(),
    });
    events.push({ type: 'message_stop' });
    ended = true;
  };

  const push = (chunk: CanonicalChunk): RawMessageStreamEvent[] => {
    if (ended) return [];
    const events: RawMessageStreamEvent[] = [];
    if (!started) {
      started = true;
      events.push(messageStart(chunk));
    }
    // Anthropic has one answer per message; other choices (n > 1) cannot be expressed.
    const choice = chunk.choices.find((candidate) => candidate.index === 0) as CanonicalChunkChoice | undefined;
    if (choice !== undefined) {
      const delta = choice.delta;
      if (typeof delta.reasoning_content === 'string' && delta.reasoning_content !== '') {
        const index = ensureTextualBlock(events, 'thinking');
        events.push({ type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: delta.reasoning_content } });
      }
      if (typeof delta.refusal === 'string' && delta.refusal !== '') sawRefusal = true;
      for (const text of [delta.content, delta.refusal]) {
        if (typeof text !== 'string' || text === '') continue;
        const index = ensureTextualBlock(events, 'text');
        events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } });
      }
      if (delta.tool_calls !== undefined) encodeToolCalls(events, delta.tool_calls);
      if (choice.finish_reason !== null && choice.finish_reason !== undefined) {
        finishReason = choice.finish_reason;
        stopSequence = readStopSequence(choice);
        closeBlock(events);
      }
    }
    if (chunk.usage !== undefined && chunk.usage !== null) usage = chunk.usage;
    if (finishReason !== undefined && usage !== undefined) end(events);
    return events;
  };

  const finish = (): RawMessageStreamEvent[] => {
    if (ended) return [];
    const events: RawMessageStreamEvent[] = [];
    if (!started) {
      started = true;
      events.push(messageStart(undefined));
    }
    end(events);
    return events;
  };

  return { push, finish };
}
