import type { MockLlm } from '@gw/mock-llm';
import type { ChatCompletionTool } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalChunk, CanonicalRequest, CanonicalResponse, ProviderRegistry } from '../src/index.js';
import { collect, createTestRegistry, startTestUpstream } from './mock-setup.js';

let mock: MockLlm;
let registry: ProviderRegistry;

beforeAll(async () => {
  mock = await startTestUpstream();
  registry = createTestRegistry(mock);
});
afterAll(async () => {
  await registry.close();
  await mock.close();
});

const weatherTool: ChatCompletionTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] }, days: { type: 'integer' } },
      required: ['city', 'unit'],
    },
  },
};

const requests: Record<string, CanonicalRequest> = {
  'plain text with two system messages': {
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'system', content: 'Answer in English.' },
      { role: 'user', content: 'What is the capital of France?' },
    ],
  },
  'a forced tool call': {
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [weatherTool],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
  },
  'a tool result turn': {
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"celsius"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '18 degrees and sunny' },
      { role: 'user', content: 'Thanks, summarise it.' },
    ],
    tools: [weatherTool],
  },
  'an image part': {
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe this picture' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
        ],
      },
    ],
  },
  'a stop sequence that cuts the answer': { messages: [{ role: 'user', content: 'stop here please' }], stop: ['here'] },
  'a max_tokens that truncates': { messages: [{ role: 'user', content: 'a long question that needs a long answer' }], max_tokens: 3 },
};

interface Observed {
  content: string | null;
  finishReason: string | null;
  toolCalls: { name: string; arguments: unknown }[];
  promptTokens: number | undefined;
  completionTokens: number | undefined;
}

function fromResponse(response: CanonicalResponse): Observed {
  const message = response.choices[0]!.message;
  return {
    content: message.content || null,
    finishReason: response.choices[0]!.finish_reason,
    toolCalls: (message.tool_calls ?? []).map((call) => ('function' in call ? { name: call.function.name, arguments: JSON.parse(call.function.arguments) } : { name: '', arguments: null })),
    promptTokens: response.usage?.prompt_tokens,
    completionTokens: response.usage?.completion_tokens,
  };
}

function fromChunks(chunks: CanonicalChunk[]): Observed {
  let content = '';
  let finishReason: string | null = null;
  const calls: { name: string; arguments: string }[] = [];
  let usage: CanonicalChunk['usage'];
  for (const chunk of chunks) {
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    content += choice.delta.content ?? '';
    for (const fragment of choice.delta.tool_calls ?? []) {
      calls[fragment.index] ??= { name: '', arguments: '' };
      calls[fragment.index]!.name += fragment.function?.name ?? '';
      calls[fragment.index]!.arguments += fragment.function?.arguments ?? '';
    }
    finishReason = choice.finish_reason ?? finishReason;
  }
  return {
    content: content || null,
    finishReason,
    toolCalls: calls.map((call) => ({ name: call.name, arguments: JSON.parse(call.arguments) })),
    promptTokens: usage?.prompt_tokens,
    completionTokens: usage?.completion_tokens,
  };
}

describe.each(Object.entries(requests))('the same answer from both wire formats: %s', (_name, request) => {
  it('JSON', async () => {
    const viaOpenAi = fromResponse(await registry.chat({ ...request, model: 'small-openai' }));
    const viaAnthropic = fromResponse(await registry.chat({ ...request, model: 'small-anthropic' }));
    expect(viaAnthropic).toEqual(viaOpenAi);
  });

  it('streamed', async () => {
    const streamed = { ...request, stream: true, stream_options: { include_usage: true } };
    const viaOpenAi = fromChunks(await collect(registry.stream({ ...streamed, model: 'small-openai' })));
    const viaAnthropic = fromChunks(await collect(registry.stream({ ...streamed, model: 'small-anthropic' })));
    expect(viaAnthropic).toEqual(viaOpenAi);
    expect(viaOpenAi).toEqual(fromResponse(await registry.chat({ ...request, model: 'small-openai' })));
  });
});
