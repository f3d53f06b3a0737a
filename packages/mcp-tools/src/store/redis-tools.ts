import type { Redis } from 'ioredis';
import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { redisMinTtlSeconds } from './store-toolset-options.js';
import type { StoreToolContext } from './store-tool-context.js';
import { confinedRedisKey, maxRedisKeyLength } from './validate-redis-key.js';

const keySchema = z.string().describe(`Key inside this server's namespace (at most ${maxRedisKeyLength} printable characters)`);

export const redisGetInputSchema = z.object({ key: keySchema });
export const redisGetOutputSchema = z.object({
  key: z.string(),
  found: z.boolean(),
  value: z.unknown().optional().describe('The stored JSON value'),
  ttl_seconds: z.number().int().optional().describe('Seconds until the key expires (absent: no expiry)'),
});

export const redisDelInputSchema = z.object({ key: keySchema });
export const redisDelOutputSchema = z.object({ key: z.string(), deleted: z.boolean() });

function unavailable(): ToolFailure {
  return new ToolFailure('redis_unavailable', 'Redis did not answer.', 'Retry shortly; if it persists, ask the operator to check REDIS_URL and the Redis server.');
}

async function withRedis<Result>(redis: () => Redis, work: (client: Redis) => Promise<Result>): Promise<Result> {
  try {
    return await work(redis());
  } catch (error) {
    if (error instanceof ToolFailure) throw error;
    throw unavailable();
  }
}

export function createRedisGetTool(context: StoreToolContext, redis: () => Redis): ToolDefinition {
  return defineTool({
    name: 'redis_get',
    title: 'Get a stored value',
    description: 'Read a JSON value stored with redis_set (keys live in a namespace reserved for these tools).',
    inputSchema: redisGetInputSchema,
    outputSchema: redisGetOutputSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('redis_get', context.logger, async () => {
        const fullKey = confinedRedisKey(context.limits.redisPrefix, input.key);
        const [text, ttl] = await withRedis(redis, async (client) => {
          const results = await client.multi().get(fullKey).ttl(fullKey).exec();
          if (!results || results.some(([error]) => error)) throw unavailable();
          return [results[0]![1] as string | null, results[1]![1] as number];
        });
        if (text === null) {
          return { content: [{ type: 'text', text: `No value is stored under ${JSON.stringify(input.key)}.` }], structuredContent: { key: input.key, found: false } };
        }
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          // Written by something other than redis_set: hand it back as the string it is.
          value = text;
        }
        const structured: z.output<typeof redisGetOutputSchema> = { key: input.key, found: true, value, ...(ttl >= 0 ? { ttl_seconds: ttl } : {}) };
        return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: structured };
      }),
  });
}

export function createRedisSetTool(context: StoreToolContext, redis: () => Redis): ToolDefinition {
  const { redisDefaultTtlSeconds, redisMaxTtlSeconds, redisMaxValueBytes } = context.limits;
  const inputSchema = z.object({
    key: keySchema,
    value: z.unknown().describe('Any JSON value'),
    ttl: z.number().int().optional().describe(`Seconds to keep it, ${redisMinTtlSeconds} to ${redisMaxTtlSeconds} (default ${redisDefaultTtlSeconds})`),
  });
  const outputSchema = z.object({ key: z.string(), ttl_seconds: z.number().int(), bytes: z.number().int() });
  return defineTool({
    name: 'redis_set',
    title: 'Store a value',
    description: `Store a JSON value under a key for a limited time (default ${redisDefaultTtlSeconds} s, at most ${redisMaxTtlSeconds} s). Replaces an existing value.`,
    inputSchema,
    outputSchema,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('redis_set', context.logger, async () => {
        const fullKey = confinedRedisKey(context.limits.redisPrefix, input.key);
        const ttl = input.ttl ?? redisDefaultTtlSeconds;
        if (ttl < redisMinTtlSeconds || ttl > redisMaxTtlSeconds) {
          throw new ToolFailure('invalid_ttl', `ttl ${ttl} is outside ${redisMinTtlSeconds}…${redisMaxTtlSeconds} seconds.`, `Give a ttl from ${redisMinTtlSeconds} to ${redisMaxTtlSeconds} seconds.`);
        }
        if (input.value === undefined) throw new ToolFailure('invalid_value', 'No value was given.', 'Pass value: any JSON value (null included).');
        const text = JSON.stringify(input.value);
        const bytes = Buffer.byteLength(text);
        if (bytes > redisMaxValueBytes) {
          throw new ToolFailure('too_large', `The value is ${bytes} bytes as JSON; the limit is ${redisMaxValueBytes}.`, 'Store a smaller value.');
        }
        await withRedis(redis, (client) => client.set(fullKey, text, 'EX', ttl));
        return {
          content: [{ type: 'text', text: `Stored ${JSON.stringify(input.key)} (${bytes} bytes) for ${ttl} s.` }],
          structuredContent: { key: input.key, ttl_seconds: ttl, bytes },
        };
      }),
  });
}

export function createRedisDelTool(context: StoreToolContext, redis: () => Redis): ToolDefinition {
  return defineTool({
    name: 'redis_del',
    title: 'Delete a stored value',
    description: 'Delete one key stored with redis_set (one exact key; no patterns).',
    inputSchema: redisDelInputSchema,
    outputSchema: redisDelOutputSchema,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('redis_del', context.logger, async () => {
        const fullKey = confinedRedisKey(context.limits.redisPrefix, input.key);
        const deleted = await withRedis(redis, (client) => client.del(fullKey));
        return {
          content: [{ type: 'text', text: deleted > 0 ? `Deleted ${JSON.stringify(input.key)}.` : `Nothing was stored under ${JSON.stringify(input.key)}.` }],
          structuredContent: { key: input.key, deleted: deleted > 0 },
        };
      }),
  });
}
