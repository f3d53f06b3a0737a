// Speed of analyzeTask on realistic prompts of 1 KB, 8 KB and 64 KB (the BUILT package: run
// `nx run @gw/router:bench`, which builds first). Budget from the router issue: ≤ 20 µs at 1 KB and
// ≤ 300 µs at 64 KB. Prints the median µs per call over several timed batches after a warm-up, both
// wall-clock and CPU time: on a shared machine wall time also counts the time the process waited
// for a core, CPU time does not. With --check, exits 1 when a size's CPU time is over budget.
import console from 'node:console';
import process from 'node:process';
import { analyzeTask } from '../dist/index.js';

const SIZES = [
  { label: '1 KB', bytes: 1024, budgetMicroseconds: 20 },
  { label: '8 KB', bytes: 8 * 1024, budgetMicroseconds: undefined },
  { label: '64 KB', bytes: 64 * 1024, budgetMicroseconds: 300 },
];
const BATCHES = 21;
const TARGET_BATCH_MILLISECONDS = 40;

// A mix of what real prompts carry: instructions, prose, numbers, code and a table.
const INSTRUCTIONS = [
  'Review the following notes and list the three most important risks, with a short justification for each.',
  'Write a Python function that parses the log excerpt below and returns the error counts per service as JSON.',
  'Summarize the discussion below for a busy executive in at most five bullet points.',
];
const FRAGMENTS = [
  'The migration to the new billing system finished two weeks late because the staging database was not refreshed.',
  'Customers in the EU region reported 3.2% more failed payments after the change, mostly on mobile devices.',
  'We should compare the cost of a managed queue against running our own cluster over the next 18 months.',
  '```ts\nexport function retryDelay(attempt: number): number {\n  return Math.min(30_000, 2 ** attempt * 100);\n}\n```',
  '| service | errors | p95 ms |\n|---|---|---|\n| payments | 42 | 380 |\n| search | 7 | 120 |',
  'If the retry budget is exhausted, the request must fail fast with a clear error instead of hanging.',
  "2024-05-01T12:03:44Z ERROR payments-api Timeout contacting ledger after 3000ms (attempt 3 of 5)",
  'Why did the cache hit rate drop from 91% to 64% after the deploy? Nobody has a convincing explanation yet.',
  'Let x be the number of active users; if x doubles every 9 months, we need to re-shard before x = 4 million.',
  'The design review agreed that each tenant gets its own encryption key, rotated at least once a year.',
];

function buildPrompt(bytes, seed) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const parts = [INSTRUCTIONS[seed % INSTRUCTIONS.length], ''];
  let length = parts[0].length;
  while (length < bytes) {
    const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    parts.push(fragment);
    length += fragment.length + 1;
  }
  // As a request body delivers it: JSON.parse yields flat strings, while a sliced or concatenated
  // string is slower to read character by character and would overstate the cost.
  return JSON.parse(JSON.stringify(parts.join('\n').slice(0, bytes)));
}

function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

let sink = 0;

function measure(prompts) {
  const messagesList = prompts.map((prompt) => [{ role: 'user', content: prompt }]);
  // Warm up until V8 has optimised the hot path, and size a batch to ~TARGET_BATCH_MILLISECONDS.
  let iterations = 0;
  const warmUpStart = process.hrtime.bigint();
  while (process.hrtime.bigint() - warmUpStart < 300_000_000n) {
    sink += analyzeTask(messagesList[iterations % messagesList.length]).difficulty;
    iterations++;
  }
  const perCallNanoseconds = 300_000_000 / iterations;
  const batchSize = Math.max(10, Math.round((TARGET_BATCH_MILLISECONDS * 1e6) / perCallNanoseconds));
  const wallMicroseconds = [];
  const cpuMicroseconds = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let call = 0; call < batchSize; call++) {
      sink += analyzeTask(messagesList[call % messagesList.length]).difficulty;
    }
    wallMicroseconds.push(Number(process.hrtime.bigint() - start) / 1000 / batchSize);
    const cpu = process.cpuUsage(cpuStart);
    cpuMicroseconds.push((cpu.user + cpu.system) / batchSize);
  }
  return { wall: median(wallMicroseconds), cpu: median(cpuMicroseconds) };
}

const check = process.argv.includes('--check');
let overBudget = false;
console.log(`analyzeTask: median µs per call over ${BATCHES} batches (node ${process.version})`);
console.log(`${'prompt'.padStart(6)}  ${'wall µs'.padStart(9)}  ${'cpu µs'.padStart(9)}  budget`);
for (const size of SIZES) {
  // Several distinct prompts per size, so the figure is not one string's lucky path.
  const prompts = Array.from({ length: 8 }, (_, seed) => buildPrompt(size.bytes, seed + 1));
  const { wall, cpu } = measure(prompts);
  const budget = size.budgetMicroseconds;
  const verdict = budget === undefined ? '' : `${budget} µs: ${cpu <= budget ? 'ok' : 'OVER'}`;
  if (budget !== undefined && cpu > budget) overBudget = true;
  console.log(`${size.label.padStart(6)}  ${wall.toFixed(2).padStart(9)}  ${cpu.toFixed(2).padStart(9)}  ${verdict}`);
}
if (sink === Number.NEGATIVE_INFINITY) console.log('unreachable');
if (check && overBudget) process.exitCode = 1;
