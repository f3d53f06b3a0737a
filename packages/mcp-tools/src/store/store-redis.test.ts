import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTools, textOf, type ConnectedTools } from '../toolset-support/connect-tools.test-helper.js';
import { createStoreToolset } from './create-store-toolset.js';
import { isRedisAvailable, randomSuffix, redisUrl } from './service-fixtures.test-helper.js';

const available = await isRedisAvailable();

describe.skipIf(!available)('redis tools (real Redis)', () => {
  const prefix = `gw:test:${randomSuffix()}:`;
  const outsideKey = `gw:test-outside:${randomSuffix()}`;
  let redis: Redis;
  let tools: ConnectedTools;

  beforeAll(async () => {
    redis = new Redis(redisUrl);
    await redis.set(outsideKey, 'untouchable');
    tools = await connectTools(createStoreToolset({ redis, redisPrefix: prefix, redisDefaultTtlSeconds: 60, redisMaxTtlSeconds: 7 * 24 * 3600, redisMaxValueBytes: 1000 }));
  });

  afterAll(async () => {
    await tools.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.del(outsideKey);
    await redis.quit();
  });

  it('stores JSON under the prefix with a TTL, reads it back parsed, and deletes it', async () => {
    const value = { list: [1, 'two', null], nested: { ok: true } };
    const set = await tools.call('redis_set', { key: 'session/1', value, ttl: 120 });
    expect(set.isError, textOf(set)).toBeFalsy();
    expect(await redis.get(`${prefix}session/1`)).toBe(JSON.stringify(value));
    const ttl = await redis.ttl(`${prefix}session/1`);
    expect(ttl).toBeGreaterThan(100);
    const get = await tools.call('redis_get', { key: 'session/1' });
    expect(get.structuredContent).toMatchObject({ key: 'session/1', found: true, value });
    const deleted = await tools.call('redis_del', { key: 'session/1' });
    expect(deleted.structuredContent).toEqual({ key: 'session/1', deleted: true });
    expect(await redis.exists(`${prefix}session/1`)).toBe(0);
    expect((await tools.call('redis_get', { key: 'session/1' })).structuredContent).toEqual({ key: 'session/1', found: false });
  });

  it('uses the default TTL when none is given', async () => {
    await tools.call('redis_set', { key: 'default-ttl', value: 1 });
    const ttl = await redis.ttl(`${prefix}default-ttl`);
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('returns a value written by something else as the string it is', async () => {
    await redis.set(`${prefix}raw`, 'not json {', 'EX', 60);
    expect((await tools.call('redis_get', { key: 'raw' })).structuredContent).toMatchObject({ found: true, value: 'not json {' });
  });

  it.each([
    ['an empty key', 'redis_get', { key: '' }, /key is empty/],
    ['a NUL byte', 'redis_set', { key: 'a\0b', value: 1 }, /control characters/],
    ['CR LF (protocol injection)', 'redis_set', { key: 'a\r\nFLUSHALL\r\n', value: 1 }, /control characters/],
    ['an overlong key', 'redis_set', { key: 'k'.repeat(513), value: 1 }, /limit is 512/],
    ['a TTL of 0', 'redis_set', { key: 'x', value: 1, ttl: 0 }, /outside 1…604800/],
    ['a negative TTL', 'redis_set', { key: 'x', value: 1, ttl: -1 }, /outside 1…604800/],
    ['a TTL over 7 days', 'redis_set', { key: 'x', value: 1, ttl: 604801 }, /outside 1…604800/],
    ['a value over the size limit', 'redis_set', { key: 'x', value: 'v'.repeat(1000) }, /limit is 1000/],
    ['a missing value', 'redis_set', { key: 'x' }, /Input validation error|No value was given/],
  ])('refuses %s', async (_name, tool, args, message) => {
    const result = await tools.call(tool, args);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(message);
    expect(await redis.get(outsideKey)).toBe('untouchable');
  });

  it.each([
    ['the full name of a key outside the prefix', () => outsideKey],
    ['a glob that would match everything', () => '*'],
    ['a traversal-looking key', () => '../../gw:test-outside'],
  ])('confines %s to the prefix (no pattern, no escape)', async (_name, key) => {
    const set = await tools.call('redis_set', { key: key(), value: 'from the tool' });
    expect(set.isError).toBeFalsy();
    expect(await redis.get(`${prefix}${key()}`)).toBe('"from the tool"');
    const deleted = await tools.call('redis_del', { key: key() });
    expect(deleted.structuredContent).toMatchObject({ deleted: true });
    expect(await redis.get(outsideKey)).toBe('untouchable');
  });

  it('lists truthful annotations', async () => {
    const { tools: listed } = await tools.client.listTools();
    const byName = new Map(listed.map((tool) => [tool.name, tool.annotations]));
    expect(byName.get('redis_get')).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true });
    expect(byName.get('redis_set')).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: true });
    expect(byName.get('redis_del')).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  });
});

describe('redis tools without a server', () => {
  it('answer with isError when Redis is unreachable', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
    const tools = await connectTools(createStoreToolset({ redis: unreachable }));
    const result = await tools.call('redis_get', { key: 'x' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Redis did not answer/);
    await tools.close();
    unreachable.disconnect();
  });
});

if (!available) it.skip('redis tools skipped: Redis is not reachable at GW_TEST_REDIS_URL (set GW_REQUIRE_SERVICES=1 to fail instead)', () => undefined);
