import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readRequestId } from './read-request-id.js';

const withHeader = (value: string | undefined) => ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as IncomingMessage;

describe('readRequestId', () => {
  it('keeps a sane client id and makes one otherwise', () => {
    expect(readRequestId(withHeader('client-id_1:2.3'))).toBe('client-id_1:2.3');
    expect(readRequestId(withHeader(undefined))).toMatch(/^[0-9a-f-]{36}$/);
    expect(readRequestId(withHeader('has spaces'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(readRequestId(withHeader('x'.repeat(129)))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
