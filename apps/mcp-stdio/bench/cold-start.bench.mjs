#!/usr/bin/env node
// Cold start of gw-mcp: spawn → `tools/list` answered, median of 10 spawns (after one warm-up for the disk
// cache), for the built bin (dist/main.js, bundled) and for the unbundled tsc output (dist/index.js).
// Budget: 300 ms for the bin. Prints one JSON line; exits non-zero over budget.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureColdStart, median } from './measure-cold-start.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.GW_BENCH_RUNS ?? 10);
const budgetMs = 300;
// No network happens before the first call, so the endpoint need not exist.
const env = { PATH: process.env.PATH, API_FORMAT: 'openai', API_KEY: 'test-bench-key', API_ENDPOINT: 'http://127.0.0.1:9/v1', DEFAULT_MODEL: 'gpt-6-luna' };

const variants = {
  bundled: [join(projectRoot, 'dist', 'main.js')],
  unbundled: ['--input-type=module', '-e', `import(${JSON.stringify(join(projectRoot, 'dist', 'index.js'))}).then((m) => m.runStdioServer())`],
};

const results = {};
for (const [name, args] of Object.entries(variants)) {
  await measureColdStart({ args, env, cwd: projectRoot });
  const times = [];
  for (let run = 0; run < runs; run += 1) times.push((await measureColdStart({ args, env, cwd: projectRoot })).milliseconds);
  results[name] = { medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), maxMs: Math.round(Math.max(...times)), runs };
}
const nodeBaseline = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  await new Promise((resolve) => {
    import('node:child_process').then(({ spawn }) => spawn(process.execPath, ['-e', '0']).on('exit', resolve));
  });
  nodeBaseline.push(performance.now() - started);
}
const report = { bench: 'gw-mcp cold start (spawn → tools/list)', budgetMs, ...results, nodeStartupMedianMs: Math.round(median(nodeBaseline)) };
process.stdout.write(`${JSON.stringify(report)}\n`);
if (results.bundled.medianMs > budgetMs) process.exitCode = 1;
