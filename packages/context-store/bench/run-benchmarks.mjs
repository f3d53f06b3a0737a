// Benchmarks of the built package (run `nx run @gw/context-store:build` first; `npm run bench` in nx does it).
// Figures: append + getContext latency (p50/p99) on the in-memory and the Redis hot tier; call-log rows/s into
// PostgreSQL and PGlite. Services come from GW_TEST_DATABASE_URL and GW_TEST_REDIS_URL; absent ones are skipped.
import { performance } from 'node:perf_hooks';
import {
  createCallLogWriter,
  createContextManager,
  createDatabase,
  createMemoryHotTier,
  createRedisHotTier,
} from '../dist/index.js';
import { checkTestPostgres, checkTestRedis, createTestDatabase, deleteRedisKeys, randomKeyPrefix } from '../dist/testing/index.js';

const iterations = Number(process.env.GW_BENCH_ITERATIONS ?? 2_000);
const callLogRows = Number(process.env.GW_BENCH_CALL_LOG_ROWS ?? 20_000);

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
const summarise = (samples) => {
  const sorted = [...samples].sort((left, right) => left - right);
  return { p50: percentile(sorted, 0.5).toFixed(3), p99: percentile(sorted, 0.99).toFixed(3) };
};

async function benchmarkContext(label, database, hotTier) {
  const contextManager = createContextManager({
    database,
    hotTier,
    summariser: async (input) => `summary of ${input.messages.length} messages`,
  });
  const conversations = 20;
  const append = [];
  const getContext = [];
  const both = [];
  for (let index = 0; index < iterations + 100; index += 1) {
    const conversationId = `bench-${index % conversations}`;
    const started = performance.now();
    await contextManager.append(conversationId, { role: index % 2 === 0 ? 'user' : 'assistant', content: `message ${index} `.repeat(20) });
    const appended = performance.now();
    await contextManager.getContext(conversationId, { tokenBudget: 4_000 });
    const finished = performance.now();
    // The first 100 warm up the JIT, the pools and the hot tier.
    if (index < 100) continue;
    append.push(appended - started);
    getContext.push(finished - appended);
    both.push(finished - started);
  }
  return { benchmark: `append + getContext (${label})`, iterations, append: summarise(append), getContext: summarise(getContext), both: summarise(both) };
}

async function benchmarkCallLog(label, database) {
  // Room for the whole burst, so the figure is the database's ingest rate rather than the memory bound.
  const writer = createCallLogWriter({ database, batchSize: 500, flushIntervalMs: 100, maxBufferedRows: callLogRows });
  const started = performance.now();
  for (let index = 0; index < callLogRows; index += 1) {
    writer.write({
      requestId: `bench-call-${index}`,
      userId: `user-${index % 50}`,
      apiKeyId: `key-${index % 10}`,
      provider: index % 2 === 0 ? 'openai' : 'anthropic',
      model: index % 3 === 0 ? 'large' : 'small',
      tier: index % 4,
      inputTokens: 1_000,
      cachedInputTokens: 200,
      outputTokens: 300,
      reasoningTokens: 50,
      costUsd: '0.0012500000',
      durationMs: 800,
      status: 'success',
      rawUsage: { prompt_tokens: 1_200, completion_tokens: 350 },
    });
    // Yield now and then, as a server would between requests.
    if (index % 1_000 === 999) await new Promise((resolve) => setImmediate(resolve));
  }
  const stats = await writer.close();
  const seconds = (performance.now() - started) / 1_000;
  return { benchmark: `call log (${label})`, rows: stats.inserted, dropped: stats.dropped, seconds: seconds.toFixed(2), rowsPerSecond: Math.round(stats.inserted / seconds) };
}

const results = [];
const postgresGate = await checkTestPostgres();
const redisGate = await checkTestRedis();

{
  const database = await createDatabase({ kind: 'pglite' });
  results.push(await benchmarkContext('in-memory hot tier, PGlite', database, createMemoryHotTier()));
  await database.close();
}

if (postgresGate.available) {
  const testDatabase = await createTestDatabase(postgresGate.url);
  const database = await createDatabase({ kind: 'postgres', url: testDatabase.url });
  results.push(await benchmarkContext('in-memory hot tier, PostgreSQL', database, createMemoryHotTier()));
  if (redisGate.available) {
    const keyPrefix = randomKeyPrefix('bench');
    const hotTier = await createRedisHotTier({ url: redisGate.url, keyPrefix });
    await database.close();
    const freshDatabase = await createTestDatabase(postgresGate.url);
    const redisDatabase = await createDatabase({ kind: 'postgres', url: freshDatabase.url });
    results.push(await benchmarkContext('Redis hot tier, PostgreSQL', redisDatabase, hotTier));
    await hotTier.close();
    await deleteRedisKeys(redisGate.url, keyPrefix);
    await redisDatabase.close();
    await freshDatabase.drop();
  } else {
    await database.close();
    results.push({ benchmark: 'append + getContext (Redis hot tier)', skipped: `no Redis at ${redisGate.url}` });
  }
  await testDatabase.drop();
} else {
  results.push({ benchmark: 'PostgreSQL benchmarks', skipped: `no PostgreSQL at ${postgresGate.url}` });
}

if (postgresGate.available) {
  const testDatabase = await createTestDatabase(postgresGate.url);
  const database = await createDatabase({ kind: 'postgres', url: testDatabase.url });
  results.push(await benchmarkCallLog('PostgreSQL', database));
  await database.close();
  await testDatabase.drop();
}
{
  const database = await createDatabase({ kind: 'pglite' });
  results.push(await benchmarkCallLog('PGlite in memory', database));
  await database.close();
}

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const result of results) {
    if (result.skipped) console.log(`${result.benchmark}: skipped (${result.skipped})`);
    else if (result.append) {
      console.log(
        `${result.benchmark}, ${result.iterations} iterations, ms: append p50 ${result.append.p50} p99 ${result.append.p99} | ` +
          `getContext p50 ${result.getContext.p50} p99 ${result.getContext.p99} | both p50 ${result.both.p50} p99 ${result.both.p99}`,
      );
    } else console.log(`${result.benchmark}: ${result.rows} rows (${result.dropped} dropped) in ${result.seconds} s = ${result.rowsPerSecond} rows/s`);
  }
}
