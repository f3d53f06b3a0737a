#!/usr/bin/env node
// CPU time per request spent in gw's own code (@gw/providers) against a bare undici round trip, for JSON and
// streamed answers from OpenAI- and Anthropic-format upstreams; the official SDKs are measured beside it.
// The mock upstream runs in a child process, so this process's CPU time is client work only.
// Usage: node bench/providers.bench.mjs [--requests N] [--concurrency C]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { Agent, request } from 'undici';
import { createProviderRegistry } from '../dist/index.js';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const requests = argument('requests', 4000);
const concurrency = argument('concurrency', 16);
const port = 18190 + Math.floor(Math.random() * 500);
const mockEntry = fileURLToPath(new URL('../../../tools/mock-llm/dist/main.js', import.meta.url));

const mock = spawn(process.execPath, [mockEntry, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((resolve, reject) => {
  mock.stderr.on('data', (data) => String(data).includes('listening') && resolve());
  mock.on('exit', (code) => reject(new Error(`mock exited ${code}`)));
});
const base = `http://127.0.0.1:${port}`;
const messages = [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: 'Write a short paragraph about the sea. '.repeat(8) },
];
const registry = createProviderRegistry({
  builtInModels: false,
  proxy: false,
  providers: [
    { id: 'openai', format: 'openai', baseURL: `${base}/v1`, apiKey: 'bench-key' },
    { id: 'anthropic', format: 'anthropic', baseURL: base, apiKey: 'bench-key' },
  ],
  models: [
    { id: 'bench-openai', provider: 'openai', upstreamModel: 'mock-bench', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32000 },
    { id: 'bench-anthropic', provider: 'anthropic', upstreamModel: 'mock-bench', tier: 1, price: { input: 1, output: 2 }, contextWindow: 32000, maxOutputTokens: 1024 },
  ],
});
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 256 });
const openAiSdk = new OpenAI({ apiKey: 'bench-key', baseURL: `${base}/v1`, maxRetries: 0 });
const anthropicSdk = new Anthropic({ apiKey: 'bench-key', baseURL: base, maxRetries: 0 });

async function bare(path, body, stream) {
  const response = await request(`${base}${path}`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench-key', 'x-api-key': 'bench-key', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify(body),
  });
  if (stream) {
    for await (const _chunk of response.body) {
      // Drain: the bare baseline does not parse SSE.
    }
    return;
  }
  JSON.parse(await response.body.text());
}

const scenarios = {
  'openai json': {
    bare: () => bare('/v1/chat/completions', { model: 'mock-bench', messages }, false),
    gw: () => registry.chat({ model: 'bench-openai', messages }),
    sdk: () => openAiSdk.chat.completions.create({ model: 'mock-bench', messages }),
  },
  'openai stream': {
    bare: () => bare('/v1/chat/completions', { model: 'mock-bench', messages, stream: true, stream_options: { include_usage: true } }, true),
    gw: async () => {
      for await (const _chunk of registry.stream({ model: 'bench-openai', messages, stream: true })) {
        // Consume every canonical chunk.
      }
    },
    sdk: async () => {
      for await (const _chunk of await openAiSdk.chat.completions.create({ model: 'mock-bench', messages, stream: true })) {
        // Consume.
      }
    },
  },
  'anthropic json': {
    bare: () => bare('/v1/messages', { model: 'mock-bench', max_tokens: 1024, system: messages[0].content, messages: [messages[1]] }, false),
    gw: () => registry.chat({ model: 'bench-anthropic', messages }),
    sdk: () => anthropicSdk.messages.create({ model: 'mock-bench', max_tokens: 1024, system: messages[0].content, messages: [messages[1]] }),
  },
  'anthropic stream': {
    bare: () => bare('/v1/messages', { model: 'mock-bench', max_tokens: 1024, system: messages[0].content, messages: [messages[1]], stream: true }, true),
    gw: async () => {
      for await (const _chunk of registry.stream({ model: 'bench-anthropic', messages, stream: true })) {
        // Consume.
      }
    },
    sdk: async () => {
      const stream = await anthropicSdk.messages.create({ model: 'mock-bench', max_tokens: 1024, system: messages[0].content, messages: [messages[1]], stream: true });
      for await (const _event of stream) {
        // Consume.
      }
    },
  },
};

async function measure(task, count) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await task();
    }
  };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuMicrosPerRequest: (cpu.user + cpu.system) / count, requestsPerSecond: count / ((performance.now() - started) / 1000) };
}

const rows = [];
for (const [name, variants] of Object.entries(scenarios)) {
  const results = {};
  for (const [variant, task] of Object.entries(variants)) {
    await measure(task, Math.min(500, requests));
    const runs = [];
    for (let round = 0; round < 3; round++) runs.push(await measure(task, requests));
    runs.sort((left, right) => left.cpuMicrosPerRequest - right.cpuMicrosPerRequest);
    results[variant] = runs[1];
  }
  rows.push({ name, ...results });
}

const format = (value) => value.toFixed(1);
console.log(`\n@gw/providers client-side CPU per request (median of 3 × ${requests} requests, concurrency ${concurrency}, node ${process.version})\n`);
console.log('| scenario | bare undici µs | gw µs | gw overhead µs | official SDK µs | SDK overhead µs | gw req/s |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${format(row.bare.cpuMicrosPerRequest)} | ${format(row.gw.cpuMicrosPerRequest)} | ${format(row.gw.cpuMicrosPerRequest - row.bare.cpuMicrosPerRequest)} | ${format(row.sdk.cpuMicrosPerRequest)} | ${format(row.sdk.cpuMicrosPerRequest - row.bare.cpuMicrosPerRequest)} | ${Math.round(row.gw.requestsPerSecond)} |`,
  );
}
await registry.close();
await agent.close();
mock.kill('SIGTERM');
await once(mock, 'exit');
