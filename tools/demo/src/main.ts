#!/usr/bin/env node
// The README's main command. Starts the bundled mock LLM upstream on loopback and sends a few tasks through
// @gw/providers to an OpenAI-format and an Anthropic-format upstream, printing who answered, what, and the cost.
import { startMockLlm } from '@gw/mock-llm';
import { createProviderRegistry, GatewayError, type CanonicalRequest } from '@gw/providers';

const write = (line = '') => process.stdout.write(`${line}\n`);

const mock = await startMockLlm({ port: 0, chunkDelayMs: 15 });
const registry = createProviderRegistry({
  builtInModels: false,
  proxy: false,
  providers: [
    { id: 'mock-openai', format: 'openai', kind: 'compatible', baseURL: `${mock.url}/v1` },
    { id: 'mock-anthropic', format: 'anthropic', baseURL: mock.url, apiKey: 'demo-key' },
  ],
  models: [
    { id: 'mock-mini', provider: 'mock-openai', upstreamModel: 'mock-mini', tier: 1, price: { input: 0.15, output: 0.6, cachedInput: 0.075 }, contextWindow: 128_000 },
    { id: 'mock-claude', provider: 'mock-anthropic', upstreamModel: 'mock-claude', tier: 2, price: { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 }, contextWindow: 200_000, maxOutputTokens: 4096 },
  ],
});

write(`gw demo — mock upstream at ${mock.url} (no provider keys needed)\n`);

const tasks: { title: string; request: CanonicalRequest }[] = [
  { title: 'OpenAI-format upstream, JSON', request: { model: 'mock-mini', messages: [{ role: 'user', content: 'Say hello to the gateway.' }] } },
  {
    title: 'Anthropic-format upstream, translated both ways',
    request: { model: 'mock-claude', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Summarise what a gateway does.' }], frequency_penalty: 0.4 },
  },
  {
    title: 'A tool call through the Anthropic translation',
    request: {
      model: 'mock-claude',
      messages: [{ role: 'user', content: 'What is the weather in Lisbon?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }],
      tool_choice: 'required',
    },
  },
];

for (const task of tasks) {
  const response = await registry.chat(task.request);
  const message = response.choices[0]?.message;
  write(`• ${task.title}`);
  write(`  model ${response.gw?.model} via ${response.gw?.provider} → ${message?.content ?? JSON.stringify(message?.tool_calls?.map((call) => ('function' in call ? call.function : call)))}`);
  write(`  finish ${response.choices[0]?.finish_reason}, tokens ${JSON.stringify(response.gw?.tokens)}, cost $${response.gw?.costUsd?.toFixed(8)}`);
  if (response.gw?.warnings) write(`  warnings: ${response.gw.warnings.join('; ')}`);
  write();
}

write('• Streaming from the Anthropic-format upstream, chunk by chunk:');
process.stdout.write('  ');
const stream = registry.stream({ model: 'mock-claude', messages: [{ role: 'user', content: 'Stream a short answer please.' }], stream: true });
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '');
const result = await stream.result;
write(`\n  finish ${result.finishReason}, cost $${result.gw.costUsd?.toFixed(8)}\n`);

write('• A fault on demand (429 with retry-after) becomes a typed error:');
try {
  await registry.chat({ model: 'mock-mini', messages: [{ role: 'user', content: '[[mock: status=429 retry_after=3]] hi' }] });
} catch (error) {
  if (!GatewayError.isInstance(error)) throw error;
  write(`  ${error.name}: ${error.message} (status ${error.status}, retryable ${error.retryable}, retry after ${error.retryAfterMs} ms)`);
}

await registry.close();
await mock.close();
