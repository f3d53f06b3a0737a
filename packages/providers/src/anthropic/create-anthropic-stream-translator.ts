import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import type { CompletionUsage } from 'openai/resources/completions';
import type { CanonicalChunk, TokenUsage } from '../canonical-types.js';
import type { AnthropicJsonMode } from './anthropic-json-mode.js';
import type { CanonicalChunkChoice, CanonicalChunkDelta } from './canonical-extensions.js';
import { convertAnthropicUsage, type AnthropicUsageCounts } from './convert-anthropic-usage.js';
import { mapAnthropicStopReason, type CanonicalFinishReason } from './map-anthropic-stop-reason.js';

export interface AnthropicStreamTranslatorOptions {
  /** The model name the caller sees. */
  model: string;
  /** From convertToAnthropicRequest: the forced tool whose input is the JSON answer. */
  jsonMode?: AnthropicJsonMode;
  /** Whether the caller asked for `stream_options.include_usage`: then a last chunk carries the usage. */
  includeUsage: boolean;
  /** Unix seconds; defaults to now. */
  created?: number;
}

export interface AnthropicStreamTranslator {
  /** The chunks one Anthropic event turns into (often none). */
  push(event: RawMessageStreamEvent): CanonicalChunk[];
  /** True once message_stop was seen; a stream that ends before that was cut. */
  readonly finished: boolean;
  /** The usage so far, in OpenAI's shape; final once finished. */
  readonly usage: CompletionUsage | undefined;
  /** The same usage as gw's per-class token counts. */
  readonly tokens: TokenUsage | undefined;
}

type BlockState =
  | { kind: 'text' }
  | { kind: 'thinking' }
  | { kind: 'tool'; toolIndex: number }
  | { kind: 'json' }
  | { kind: 'ignored' };

function mergeUsage(current: AnthropicUsageCounts | undefined, update: AnthropicUsageCounts): AnthropicUsageCounts {
  const merged: AnthropicUsageCounts = { ...current };
  // message_delta repeats counts cumulatively and leaves the ones it does not know null.
  for (const key of ['input_tokens', 'output_tokens', 'cache_read_input_tokens', 'cache_creation_input_tokens'] as const) {
    const value = update[key];
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Turns Anthropic stream events into Chat Completion chunks shaped like OpenAI's: a role chunk, content
 * and tool-call fragments, a finish chunk, and (when asked) a usage chunk with no choices. Tool-call
 * indexes count tool_use blocks only; in JSON mode the forced tool's input streams as content.
 */
export function createAnthropicStreamTranslator(options: AnthropicStreamTranslatorOptions): AnthropicStreamTranslator {
  const created = options.created ?? Math.floor(Date.now() / 1000);
  const blocks = new Map<number, BlockState>();
  let messageId: string | undefined;
  let started = false;
  let finished = false;
  let finishSent = false;
  let nextToolIndex = 0;
  let usageCounts: AnthropicUsageCounts | undefined;

  const chunk = (choices: CanonicalChunkChoice[], extra: Partial<CanonicalChunk> = {}): CanonicalChunk => ({
    id: `chatcmpl-${messageId ?? 'unknown'}`,
    object: 'chat.completion.chunk',
    created,
    model: options.model,
    choices,
    ...extra,
  });
  const deltaChunk = (delta: CanonicalChunkDelta): CanonicalChunk =>
    chunk([{ index: 0, delta, finish_reason: null, logprobs: null }]);
  const finishChunk = (finishReason: CanonicalFinishReason, stopSequence: string | undefined): CanonicalChunk =>
    chunk([
      {
        index: 0,
        delta: {},
        finish_reason: finishReason,
        logprobs: null,
        ...(stopSequence === undefined ? {} : { stop_reason: stopSequence }),
      },
    ]);

  // A stream that skips message_start is malformed, but the caller still gets a well-formed chunk sequence.
  const start = (): CanonicalChunk[] => {
    if (started) return [];
    started = true;
    return [deltaChunk({ role: 'assistant', content: '' })];
  };

  const push = (event: RawMessageStreamEvent): CanonicalChunk[] => {
    if (finished) return [];
    switch (event.type) {
      case 'message_start':
        messageId = event.message.id;
        usageCounts = mergeUsage(usageCounts, event.message.usage);
        return start();
      case 'content_block_start': {
        const output = start();
        const block = event.content_block;
        if (block.type === 'text') {
          blocks.set(event.index, { kind: 'text' });
          if (block.text !== '') output.push(deltaChunk({ content: block.text }));
        } else if (block.type === 'thinking') {
          blocks.set(event.index, { kind: 'thinking' });
          if (block.thinking !== '') output.push(deltaChunk({ reasoning_content: block.thinking }));
        } else if (block.type === 'tool_use' && options.jsonMode !== undefined && block.name === options.jsonMode.toolName) {
          blocks.set(event.index, { kind: 'json' });
        } else if (block.type === 'tool_use') {
          const toolIndex = nextToolIndex++;
          blocks.set(event.index, { kind: 'tool', toolIndex });
          output.push(
            deltaChunk({ tool_calls: [{ index: toolIndex, id: block.id, type: 'function', function: { name: block.name, arguments: '' } }] }),
          );
        } else {
          // Redacted thinking and server-tool blocks have no canonical form.
          blocks.set(event.index, { kind: 'ignored' });
        }
        return output;
      }
      case 'content_block_delta': {
        const output = start();
        const block = blocks.get(event.index);
        const delta = event.delta;
        if (block?.kind === 'text' && delta.type === 'text_delta') {
          output.push(deltaChunk({ content: delta.text }));
        } else if (block?.kind === 'thinking' && delta.type === 'thinking_delta') {
          output.push(deltaChunk({ reasoning_content: delta.thinking }));
        } else if (block?.kind === 'tool' && delta.type === 'input_json_delta' && delta.partial_json !== '') {
          output.push(deltaChunk({ tool_calls: [{ index: block.toolIndex, function: { arguments: delta.partial_json } }] }));
        } else if (block?.kind === 'json' && delta.type === 'input_json_delta' && delta.partial_json !== '') {
          output.push(deltaChunk({ content: delta.partial_json }));
        }
        return output;
      }
      case 'content_block_stop':
        return [];
      case 'message_delta': {
        const output = start();
        usageCounts = mergeUsage(usageCounts, event.usage);
        let finishReason = mapAnthropicStopReason(event.delta.stop_reason);
        // In JSON mode the forced tool is the answer, not a call the client must run.
        if (finishReason === 'tool_calls' && nextToolIndex === 0) finishReason = 'stop';
        const stopSequence =
          event.delta.stop_reason === 'stop_sequence' && event.delta.stop_sequence !== null ? event.delta.stop_sequence : undefined;
        finishSent = true;
        output.push(finishChunk(finishReason, stopSequence));
        return output;
      }
      case 'message_stop': {
        const output = start();
        finished = true;
        if (!finishSent) output.push(finishChunk(nextToolIndex > 0 ? 'tool_calls' : 'stop', undefined));
        if (options.includeUsage) output.push(chunk([], { usage: convertAnthropicUsage(usageCounts).usage }));
        return output;
      }
      default:
        // `ping` and event types newer than this code carry nothing for the caller.
        return [];
    }
  };

  return {
    push,
    get finished() {
      return finished;
    },
    get usage() {
      return usageCounts === undefined ? undefined : convertAnthropicUsage(usageCounts).usage;
    },
    get tokens() {
      return usageCounts === undefined ? undefined : convertAnthropicUsage(usageCounts).tokens;
    },
  };
}
