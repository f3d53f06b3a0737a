import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileCallLogSpool } from './create-file-call-log-spool.js';

describe('createFileCallLogSpool', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'gw-spool-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('appends, takes first in first out, and puts back at the head', async () => {
    const spool = createFileCallLogSpool(join(directory, 'nested', 'spool.jsonl'));
    expect(await spool.take(5)).toEqual([]);
    await Promise.all([spool.append(['{"a":1}', '{"a":2}']), spool.append(['{"a":3}'])]);
    expect(await spool.size()).toBe(3);
    const taken = await spool.take(2);
    expect(taken).toEqual(['{"a":1}', '{"a":2}']);
    await spool.putBack(taken);
    expect(await spool.take(10)).toEqual(['{"a":1}', '{"a":2}', '{"a":3}']);
    expect(await spool.size()).toBe(0);
  });

  it('is read by a later instance (rows survive a restart)', async () => {
    const path = join(directory, 'spool.jsonl');
    await createFileCallLogSpool(path).append(['{"kept":true}']);
    expect(await createFileCallLogSpool(path).take(1)).toEqual(['{"kept":true}']);
  });
});
