import type { ChatCompletionChunk, ChatCompletionMessageFunctionToolCall } from 'openai/resources/chat/completions';
import type { PartialOutput } from '../errors/stream-interrupted-error.js';

/** Collects what a stream has delivered, so a failure can report the partial answer and a success its totals. */
export class StreamAccumulator {
  content = '';
  finishReason: ChatCompletionChunk.Choice['finish_reason'] = null;
  chunksDelivered = 0;
  private readonly toolCalls: ChatCompletionMessageFunctionToolCall[] = [];

  add(chunk: ChatCompletionChunk): void {
    this.chunksDelivered++;
    const choice = chunk.choices[0];
    if (!choice) return;
    const delta = choice.delta;
    if (typeof delta?.content === 'string') this.content += delta.content;
    if (delta?.tool_calls) {
      for (const fragment of delta.tool_calls) {
        let call = this.toolCalls[fragment.index];
        if (!call) {
          call = { id: fragment.id ?? '', type: 'function', function: { name: fragment.function?.name ?? '', arguments: '' } };
          this.toolCalls[fragment.index] = call;
        }
        if (fragment.id) call.id = fragment.id;
        if (fragment.function?.name && !call.function.name) call.function.name = fragment.function.name;
        if (fragment.function?.arguments) call.function.arguments += fragment.function.arguments;
      }
    }
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
  }

  partial(): PartialOutput {
    return { content: this.content, toolCalls: this.toolCalls.filter(Boolean), chunksDelivered: this.chunksDelivered };
  }
}
