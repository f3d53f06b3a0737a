// What `model: "auto"` costs in router.plan() against an explicit model, on the built-in catalog
// with 1 KB prompts (the BUILT package: run `nx run @gw/router:bench`, which builds first).
// Target from the router issue: auto adds ≤ 30 µs. Prints median µs per plan() over several timed
// batches after a warm-up; with --check, exits 1 when auto adds more than that.
import console from 'node:console';
import process from 'node:process';
import { createProviderRegistry } from '@gw/providers';
import { createRouter } from '../dist/index.js';

const BUDGET_MICROSECONDS = 30;
const BATCHES = 15;
const TARGET_BATCH_MILLISECONDS = 40;
const PROMPT_BYTES = 1024;

const FRAGMENTS = [
  'Summarize the incident below for the on-call channel and propose two follow-up actions.',
  'The payments service timed out contacting the ledger after 3000 ms, three times in a row.',
  '```ts\nexport function retryDelay(attempt: number): number {\n  return Math.min(30_000, 2 ** attempt * 100);\n}\n```',
  'Customers in the EU region reported 3.2% more failed payments after the change, mostly on mobile.',
  'Why did the cache hit rate drop from 91% to 64% after the deploy? Nobody has a convincing explanation yet.',
  'If the retry budget is exhausted, the request must fail fast with a clear error instead of hanging.',
];

function buildPrompt(seed) {
  const parts = [];
  let length = 0;
  for (let index = seed; length < PROMPT_BYTES; index++) {
    const fragment = FRAGMENTS[index % FRAGMENTS.length];
    parts.push(fragment);
    length += fragment.length + 1;
  }
  return JSON.parse(JSON.stringify(parts.join('\n').slice(0, PROMPT_BYTES)));
}

// Every provider the built-in catalog names, so the router sees the whole catalog. No call is made.
const registry = createProviderRegistry({
  providers: [
    { id: 'openai', format: 'openai', baseURL: 'https://api.openai.invalid/v1', apiKey: 'test-openai-key' },
    { id: 'anthropic', format: 'anthropic', baseURL: 'https://api.anthropic.invalid', apiKey: 'test-anthropic-key' },
    { id: 'google', format: 'openai', baseURL: 'https://google.invalid/v1', apiKey: 'test-google-key', kind: 'compatible' },
    { id: 'mistral', format: 'openai', baseURL: 'https://mistral.invalid/v1', apiKey: 'test-mistral-key', kind: 'compatible' },
    { id: 'deepseek', format: 'openai', baseURL: 'https://deepseek.invalid/v1', apiKey: 'test-deepseek-key', kind: 'compatible' },
    { id: 'openrouter', format: 'openai', baseURL: 'https://openrouter.invalid/api/v1', apiKey: 'test-openrouter-key', kind: 'openrouter' },
    { id: 'ollama', format: 'openai', baseURL: 'http://127.0.0.1:11434/v1', kind: 'local' },
  ],
  proxy: false,
});
const router = createRouter({ registry });

function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

let sink = 0;

function measure(requests) {
  let iterations = 0;
  const warmUpStart = process.hrtime.bigint();
  while (process.hrtime.bigint() - warmUpStart < 300_000_000n) {
    sink += router.plan(requests[iterations % requests.length]).steps.length;
    iterations++;
  }
  const batchSize = Math.max(10, Math.round((TARGET_BATCH_MILLISECONDS * 1e6) / (300_000_000 / iterations)));
  const cpuMicroseconds = [];
  const wallMicroseconds = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let call = 0; call < batchSize; call++) sink += router.plan(requests[call % requests.length]).steps.length;
    wallMicroseconds.push(Number(process.hrtime.bigint() - start) / 1000 / batchSize);
    const cpu = process.cpuUsage(cpuStart);
    cpuMicroseconds.push((cpu.user + cpu.system) / batchSize);
  }
  return { wall: median(wallMicroseconds), cpu: median(cpuMicroseconds) };
}

const prompts = Array.from({ length: 8 }, (_, seed) => buildPrompt(seed));
const auto = measure(prompts.map((prompt) => ({ model: 'auto', messages: [{ role: 'user', content: prompt }] })));
const explicit = measure(prompts.map((prompt) => ({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: prompt }] })));
const added = auto.cpu - explicit.cpu;

console.log(`router.plan(): median µs per call over ${BATCHES} batches, 1 KB prompt, ${registry.catalog.models.length} catalog models (node ${process.version})`);
console.log(`${'model'.padStart(9)}  ${'wall µs'.padStart(9)}  ${'cpu µs'.padStart(9)}`);
console.log(`${'auto'.padStart(9)}  ${auto.wall.toFixed(2).padStart(9)}  ${auto.cpu.toFixed(2).padStart(9)}`);
console.log(`${'explicit'.padStart(9)}  ${explicit.wall.toFixed(2).padStart(9)}  ${explicit.cpu.toFixed(2).padStart(9)}`);
console.log(`auto adds ${added.toFixed(2)} µs (budget ${BUDGET_MICROSECONDS} µs: ${added <= BUDGET_MICROSECONDS ? 'ok' : 'OVER'})`);
if (sink === Number.NEGATIVE_INFINITY) console.log('unreachable');
if (process.argv.includes('--check') && added > BUDGET_MICROSECONDS) process.exitCode = 1;
