import { describe, expect, it } from 'vitest';
import { createRequestLog } from './request-log.js';

const entry = (index: number) => ({ method: 'POST', path: `/${index}`, query: {}, headers: {}, body: '', receivedAt: index });

describe('createRequestLog', () => {
  it('keeps the most recent entries up to its capacity', () => {
    const log = createRequestLog(1000);
    for (let index = 0; index < 1005; index += 1) log.record(entry(index));
    expect(log.list()).toHaveLength(1000);
    expect(log.list()[0]?.path).toBe('/5');
    expect(log.last()?.path).toBe('/1004');
    log.clear();
    expect(log.list()).toEqual([]);
    expect(log.last()).toBeUndefined();
  });
});
