#!/usr/bin/env node
// The README's main command. Starts the bundled mock LLM upstream on loopback (no provider keys needed) with a
// four-tier catalog behind the OpenAI and the Anthropic wire formats, then lets the router pick a model for a
// few tasks, shows an escalation, a streamed answer and a typed upstream error.
import { startMockLlm } from '@gw/mock-llm';
import { createProviderRegistry, GatewayError, type CanonicalResponse } from '@gw/providers';
import { createRouter, type RoutingTrace } from '@gw/router';

const write = (line = '') => process.stdout.write(`${line}\n`);
const usd = (value: number | undefined) => (value === undefined ? 'n/a' : `$${value.toFixed(6)}`);

const mock = await startMockLlm({ port: 0, chunkDelayMs: 15 });
const registry = createProviderRegistry({
  builtInModels: false,
  proxy: false,
  providers: [
    { id: 'local', format: 'openai', kind: 'local', baseURL: `${mock.url}/v1` },
    { id: 'openai-like', format: 'openai', kind: 'compatible', baseURL: `${mock.url}/v1` },
    { id: 'anthropic-like', format: 'anthropic', baseURL: mock.url, apiKey: 'demo-key' },
  ],
  models: [
    { id: 'local-small', provider: 'local', tier: 0, contextWindow: 32_000, capabilities: ['code', 'tools', 'json'] },
    { id: 'mini', provider: 'openai-like', tier: 1, price: { input: 0.15, output: 0.6, cachedInput: 0.075 }, contextWindow: 128_000, capabilities: ['code', 'vision', 'tools', 'json'] },
    { id: 'sonnet-like', provider: 'anthropic-like', tier: 2, price: { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 }, contextWindow: 200_000, maxOutputTokens: 4096, capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'] },
    { id: 'opus-like', provider: 'anthropic-like', tier: 3, price: { input: 5, output: 25, cachedInput: 0.5, cacheWrite: 6.25 }, contextWindow: 200_000, maxOutputTokens: 8192, capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'] },
  ],
});
const router = createRouter({ registry });

function describeRouting(response: CanonicalResponse): void {
  const routing = response.gw?.routing as RoutingTrace | undefined;
  if (!routing) return;
  write(`  task ${routing.taskType}, difficulty ${routing.difficulty?.toFixed(2)} → start tier ${routing.startTier} (${routing.startReason})`);
  for (const attempt of routing.attempts) {
    write(`  attempt: ${attempt.model} (tier ${attempt.tier}) → ${attempt.outcome}${attempt.reason ? ` — ${attempt.reason}` : ''}`);
  }
  for (const escalation of routing.escalations) write(`  escalated tier ${escalation.fromTier} → ${escalation.toTier}: ${escalation.reason}`);
  write(`  cost ${usd(routing.totalCostUsd)}; the top tier (${routing.topTierModel}) would have cost ${usd(routing.topTierCostUsd)}`);
}

write(`gw demo — routing over a bundled mock upstream at ${mock.url} (no provider keys needed)\n`);

const tasks = [
  'What is the capital of Portugal?',
  'Write a four-line poem about the sea.',
  'Implement a thread-safe LRU cache in TypeScript with O(1) get and put. It must handle eviction callbacks, and explain the invariants.',
  'Prove that the square root of 2 is irrational, step by step, and then derive a bound on rational approximations.',
];
for (const prompt of tasks) {
  const response = await router.route({ model: 'auto', messages: [{ role: 'user', content: prompt }] });
  write(`• "${prompt.length > 70 ? `${prompt.slice(0, 67)}...` : prompt}"`);
  write(`  answered by ${response.gw?.model} (${response.gw?.provider}): ${response.choices[0]?.message.content}`);
  describeRouting(response);
  write();
}

write('• Escalation: the tier-0 model truncates its answer (a mock fault), so the router verifies and escalates:');
mock.setRules(['model=local-small finish=length']);
const escalated = await router.route({ model: 'auto', messages: [{ role: 'user', content: 'Say hi.' }] });
write(`  answered by ${escalated.gw?.model}: ${escalated.choices[0]?.message.content}`);
describeRouting(escalated);
mock.setRules([]);
write();

write('• Streaming through the Anthropic wire format, chunk by chunk:');
process.stdout.write('  ');
const stream = router.stream({ model: 'sonnet-like', messages: [{ role: 'user', content: 'Stream a short answer please.' }], stream: true });
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '');
const result = await stream.result;
write(`\n  finish ${result.finishReason}, cost ${usd(result.gw.costUsd)}\n`);

write('• An upstream failure is a typed error with what to do about it:');
try {
  await registry.chat({ model: 'mini', messages: [{ role: 'user', content: '[[mock: status=429 retry_after=3]] hi' }] });
} catch (error) {
  if (!GatewayError.isInstance(error)) throw error;
  write(`  ${error.name}: ${error.message}`);
  write(`  status ${error.status}, retryable ${error.retryable}, retry after ${error.retryAfterMs} ms`);
}

await registry.close();
await mock.close();
