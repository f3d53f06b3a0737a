import type { CanonicalChunk, CanonicalResponse } from '@gw/providers';

export interface ToolCallSummary {
  id: string;
  name: string;
  arguments: string;
}

export function toolCallsOfResponse(response: CanonicalResponse): ToolCallSummary[] {
  const calls = response.choices[0]?.message.tool_calls ?? [];
  return calls.flatMap((call) => (call.type === 'function' ? [{ id: call.id, name: call.function.name, arguments: call.function.arguments }] : []));
}

/** Assembles streamed tool-call deltas (id and name first, arguments in pieces) by their index. */
export function createToolCallAccumulator() {
  const calls = new Map<number, ToolCallSummary>();
  return {
    add(chunk: CanonicalChunk): void {
      for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
        const call = calls.get(delta.index) ?? { id: '', name: '', arguments: '' };
        if (delta.id) call.id = delta.id;
        if (delta.function?.name) call.name += delta.function.name;
        if (delta.function?.arguments) call.arguments += delta.function.arguments;
        calls.set(delta.index, call);
      }
    },
    result(): ToolCallSummary[] {
      return [...calls.entries()].sort(([left], [right]) => left - right).map(([, call]) => call);
    },
  };
}

/** Text for an answer that is only tool calls, so the assistant reading `content` sees what happened. */
export function describeToolCalls(calls: readonly ToolCallSummary[]): string {
  const lines = calls.map((call) => {
    const argumentsText = call.arguments.length > 200 ? `${call.arguments.slice(0, 200)}…` : call.arguments;
    return `- ${call.name}(${argumentsText}) [id ${call.id}]`;
  });
  return `The model called ${calls.length === 1 ? 'a tool' : `${calls.length} tools`} instead of answering in text:\n${lines.join('\n')}`;
}
