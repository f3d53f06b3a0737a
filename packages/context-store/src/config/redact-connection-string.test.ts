import { describe, expect, it } from 'vitest';
import { redactConnectionStrings } from './redact-connection-string.js';

describe('redactConnectionStrings', () => {
  it('hides passwords of postgres and redis urls', () => {
    expect(redactConnectionStrings('failed postgres://gw:secret-word@db:5432/gw and redis://:other-word@cache:6379/0')).toBe(
      'failed postgres://gw:***@db:5432/gw and redis://:***@cache:6379/0',
    );
  });

  it('leaves urls without a password alone', () => {
    expect(redactConnectionStrings('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres://postgres@127.0.0.1:5432/test');
  });
});
