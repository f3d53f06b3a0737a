import { join } from 'node:path';
import { describe, it } from 'vitest';
import { createFileCallLogSpool } from '../src/call-log/create-file-call-log-spool.js';
import { createHotTierCallLogSpool } from '../src/call-log/create-hot-tier-call-log-spool.js';
import { createRedisHotTier } from '../src/hot-tier/create-redis-hot-tier.js';
import type { HotTier } from '../src/hot-tier/hot-tier.js';
import { checkFaultTestTools } from '../src/testing/check-fault-test-tools.js';
import { startPrivateRedis } from '../src/testing/start-private-redis.js';
import { runPostgresOutageDuringCallBurst } from './postgres-outage-during-call-burst.test-helper.js';

const tools = checkFaultTestTools();

// Each case has its own private PostgreSQL; they mostly wait, so they run side by side.
describe.concurrent('fault: PostgreSQL stopped for 10 s during 2,000 logged calls', () => {
  it.skipIf(tools.skipPostgres)(tools.suiteName('spooling to a local file ends with exactly 2,000 llm_calls rows', ['postgres']), { timeout: 60_000 }, async () => {
    await runPostgresOutageDuringCallBurst(async (directory) => createFileCallLogSpool(join(directory, 'call-log-spool.jsonl')));
  });

  it.skipIf(tools.skipPostgres || tools.skipRedis)(
    tools.suiteName('spooling to Redis ends with exactly 2,000 llm_calls rows', ['postgres', 'redis-server']),
    { timeout: 60_000 },
    async () => {
      const redis = await startPrivateRedis();
      let hotTier: HotTier | undefined;
      try {
        await runPostgresOutageDuringCallBurst(async () => {
          hotTier = await createRedisHotTier({ url: redis.url });
          return createHotTierCallLogSpool(hotTier);
        });
      } finally {
        await hotTier?.close();
        await redis.close();
      }
    },
  );
});
