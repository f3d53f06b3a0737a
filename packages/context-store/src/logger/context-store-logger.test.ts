import { describe, expect, it } from 'vitest';
import { describeError } from './context-store-logger.js';

describe('describeError', () => {
  it('reports the cause of a failed drizzle query, not its parameters', () => {
    const cause = new Error('connection refused');
    const failed = new Error('Failed query: insert into messages values ($1)\nparams: private user text', { cause });
    expect(describeError(failed)).toBe('Error: connection refused');
  });

  it('redacts passwords', () => {
    expect(describeError(new Error('cannot reach postgres://gw:secret-word@db/gw'))).toBe('Error: cannot reach postgres://gw:***@db/gw');
  });
});
