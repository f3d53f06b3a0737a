import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('removes configured secrets and key-shaped tokens', () => {
    const configured = 'configured-secret-value';
    const keyShaped = ['sk', 'abcdefghijklmnop1234'].join('-');
    const text = `Incorrect API key provided: ${keyShaped}; header Bearer abcdefgh12345678; ${configured}`;
    const redacted = redactSecrets(text, [configured]);
    expect(redacted).not.toContain(keyShaped);
    expect(redacted).not.toContain('abcdefgh12345678');
    expect(redacted).not.toContain(configured);
    expect(redacted).toContain('Incorrect API key provided: [redacted]');
  });
});
