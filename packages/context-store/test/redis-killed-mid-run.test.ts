import type { ChatCompletion } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { createContextManager } from '../src/context/create-context-manager.js';
import { createDatabase } from '../src/database/create-database.js';
import { createRedisHotTier } from '../src/hot-tier/create-redis-hot-tier.js';
import { createResponseCache } from '../src/response-cache/create-response-cache.js';
import { checkFaultTestTools } from '../src/testing/check-fault-test-tools.js';
import { startPrivateRedis } from '../src/testing/start-private-redis.js';

const tools = checkFaultTestTools();

const answer: ChatCompletion = {
  id: 'chatcmpl-fault',
  object: 'chat.completion',
  created: 1,
  model: 'small',
  choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content: 'ok', refusal: null } }],
};

describe.skipIf(tools.skipRedis)(tools.suiteName('fault: Redis killed mid-run', ['redis-server']), () => {
  it('fails no call because of the hot tier, reads from the database, and uses Redis again once it is back', { timeout: 60_000 }, async () => {
    const redis = await startPrivateRedis();
    const database = await createDatabase({ kind: 'pglite' });
    const hotTier = await createRedisHotTier({ url: redis.url, commandTimeoutMs: 500 });
    try {
      const contextManager = createContextManager({ database, hotTier, summariser: async (input) => `summary of ${input.messages.length}` });
      const cache = createResponseCache({ hotTier });
      const request = { model: 'small', temperature: 0, messages: [{ role: 'user' as const, content: 'ping' }] };
      const sources: string[] = [];
      const step = async (index: number): Promise<void> => {
        await contextManager.append('conversation-fault', { role: 'user', content: `message ${index}` });
        const context = await contextManager.getContext('conversation-fault', { tokenBudget: 4_000 });
        sources.push(context.source);
        expect(context.messages.at(-1)?.sequence).toBe(index);
        expect(context.messages.map((message) => message.sequence)).toEqual(
          Array.from({ length: context.messages.length }, (_, offset) => index - context.messages.length + 1 + offset),
        );
        await cache.store('tenant', request, answer);
        await cache.lookup('tenant', request);
      };
      let index = 0;
      while (index < 60) await step((index += 1));
      await redis.kill();
      while (index < 110) await step((index += 1));
      // While Redis was gone every read came from the database.
      expect(new Set(sources.slice(60))).toEqual(new Set(['database']));
      await redis.restart();
      // The client reconnects in the background; the hot tier is refilled and used again without a restart.
      const deadline = Date.now() + 15_000;
      while (sources.at(-1) !== 'hot-tier' && Date.now() < deadline) {
        await step((index += 1));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(sources.at(-1)).toBe('hot-tier');
      expect(await cache.lookup('tenant', request)).toEqual(answer);
      const summaries = await contextManager.listSummaries('conversation-fault');
      expect(summaries.length).toBeGreaterThan(0);
    } finally {
      await hotTier.close();
      await database.close();
      await redis.close();
    }
  });
});
