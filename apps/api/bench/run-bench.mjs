#!/usr/bin/env node
// `npm run bench` (apps/api): runs the shared gateway harness (../shared/bench, see its README.md) against the built
// gw-api with the harness's mock upstream, an explicit model, JSON and SSE, and writes docs/performance.md with gw beside
// the harness's Portkey reference run and the direct baseline. Needs wrk and taskset; `nx build @gw/api` first.
//
// Storage: DATABASE_URL / REDIS_URL when set (Postgres and Redis logging on, as the figures ask), else the
// embedded defaults (PGlite in memory, in-process cache). Knobs of the harness (DURATION_S, CONNECTIONS, MODES, …) pass
// through. BENCH_HARNESS overrides where the harness is copied from; BENCH_SCENARIOS picks `openai` and/or `anthropic`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const apiRoot = resolve(here, '..');
const repositoryRoot = resolve(apiRoot, '../..');
const harnessSource = process.env.BENCH_HARNESS ?? resolve(repositoryRoot, '../shared/bench');
const binPath = join(apiRoot, 'dist/main.js');
const scenarios = (process.env.BENCH_SCENARIOS ?? 'openai').split(/[\s,]+/).filter(Boolean);
const mockPort = process.env.MOCK_PORT ?? '18080';
const gatewayPort = process.env.BENCH_GATEWAY_PORT ?? '8791';
const adminKey = `ak_${'BenchAdminKeyNotASecret'.repeat(2)}`;

for (const tool of ['wrk', 'taskset']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`bench: ${tool} is not installed (see ${harnessSource}/README.md)`);
}
if (!existsSync(binPath)) throw new Error(`bench: ${binPath} is missing; run "npx nx build @gw/api" first`);

// The shared harness may be read-only: work on a copy (results and logs are written beside run.mjs).
const workDirectory = mkdtempSync(join(tmpdir(), 'gw-bench-'));
cpSync(harnessSource, workDirectory, { recursive: true, filter: (source) => !source.includes('node_modules') && !source.endsWith('/results') });
execFileSync('chmod', ['-R', 'u+w', workDirectory]);
const outDirectory = join(workDirectory, 'results', 'gw');

const config = {
  providers: [
    { id: 'openai', format: 'openai', baseURL: `http://127.0.0.1:${mockPort}/v1`, apiKey: 'test-openai-key' },
    { id: 'anthropic', format: 'anthropic', baseURL: `http://127.0.0.1:${mockPort}`, apiKey: 'test-anthropic-key' },
  ],
  proxy: false,
};
const configPath = join(workDirectory, 'gw-bench.json');
writeFileSync(configPath, JSON.stringify(config, null, 2));

const models = { openai: 'gpt-6-luna', anthropic: 'claude-haiku-5-5' };
for (const scenario of scenarios) {
  const environment = {
    ...process.env,
    LABEL: 'gw',
    SCENARIO: scenario,
    UPSTREAM_FORMAT: scenario,
    MODEL: process.env.BENCH_MODEL ?? models[scenario],
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/v1/chat/completions`,
    GATEWAY_HEADERS: JSON.stringify({ 'x-api-key': adminKey }),
    GATEWAY_CMD: `node ${binPath}`,
    GW_CONFIG: configPath,
    GW_ADMIN_KEY: adminKey,
    API_PORT: gatewayPort,
    LOG_LEVEL: 'warn',
    OUT_DIR: outDirectory,
    RUN_ID: process.env.RUN_ID ?? 'r1',
    MOCK_PORT: mockPort,
  };
  process.stderr.write(`=== gw / ${scenario}\n`);
  const result = spawnSync('taskset', ['-c', process.env.CPU_LOADGEN ?? '0', 'node', 'run.mjs'], { cwd: workDirectory, env: environment, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`bench: run.mjs failed for ${scenario} (logs in ${outDirectory})`);
}

// Portkey in the same session, on the same box state (the reference run's direct baseline may differ from today's).
if (process.env.BENCH_PORTKEY === '1') {
  process.stderr.write('=== portkey / openai (npm install in the harness copy first)\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: workDirectory, stdio: 'inherit' });
  const result = spawnSync('./run.sh', [], {
    cwd: workDirectory,
    env: { ...process.env, SUITES: process.env.BENCH_PORTKEY_SUITES ?? 'portkey-openai', REPEATS: '1', OUT_DIR: outDirectory, MOCK_PORT: mockPort },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`bench: the Portkey suite failed (logs in ${outDirectory})`);
}

const runs = readdirSync(outDirectory).filter((name) => name.endsWith('.json')).map((name) => join(outDirectory, name));
const summary = execFileSync('node', ['summarize.mjs', ...runs], { cwd: workDirectory, encoding: 'utf8' });
const referencePath = readdirSync(join(harnessSource, 'results')).filter((name) => name.endsWith('.md')).map((name) => join(harnessSource, 'results', name))[0];
const reference = referencePath ? readFileSync(referencePath, 'utf8') : '(no reference run found)';
const storage = `${process.env.DATABASE_URL ? 'Postgres' : 'PGlite in memory'} + ${process.env.REDIS_URL ? 'Redis' : 'in-process cache'}`;

const document = `# Performance

What gw-api adds on top of an LLM upstream, measured with the shared harness (\`../shared/bench\`, method in its
README.md): the same OpenAI Chat Completions request goes straight to the harness's mock upstream ("direct") and
through the gateway; the tables give both and the difference. 0 ms mock latency, 1200-character answers, 20 SSE
chunks; wrk closed loop at 1/16/64 connections; the gateway pinned alone on core 1 of this 2-core box.

Reproduce: \`cd apps/api && npx nx build @gw/api && npm run bench\` (needs \`wrk\` and \`taskset\`; set \`DATABASE_URL\`
and \`REDIS_URL\` for Postgres/Redis logging; \`BENCH_SCENARIOS="openai anthropic"\` adds the Anthropic upstream;
\`BENCH_PORTKEY=1\` installs Portkey in a copy of the harness and measures it in the same session).

## Measured ${new Date().toISOString().slice(0, 10)}: gw-api (${storage}; explicit model; every request logged to \`llm_calls\`)${process.env.BENCH_PORTKEY === '1' ? ' and Portkey, same session' : ''}

${summary.trim()}

## Portkey and the floor (the harness's reference run on this box)

Every run measures its own direct baseline; compare overheads and CPU µs per request, not raw req/s, between this
section and the one above when they were not measured in the same session (with \`BENCH_PORTKEY=1\` Portkey is measured
in the same session and appears in the section above).

Portkey 1.15.2 (\`@portkey-ai/gateway\`) and \`ref-parse\` (a bare node:http proxy that parses JSON: the floor of a Node
gateway), copied from \`${referencePath ? referencePath.slice(resolve(repositoryRoot, '..').length + 1) : 'n/a'}\`:

${reference.trim()}
`;
writeFileSync(join(repositoryRoot, 'docs/performance.md'), document);
process.stderr.write(`bench: wrote docs/performance.md (raw results in ${outDirectory})\n`);
if (process.env.BENCH_KEEP !== '1') rmSync(workDirectory, { recursive: true, force: true });
