import { describe, expect, it } from 'vitest';
import { loadApiConfig } from './load-api-config.js';

describe('loadApiConfig', () => {
  it('binds 127.0.0.1:3000 by default', () => {
    expect(loadApiConfig({})).toEqual({ host: '127.0.0.1', port: 3000, logLevel: 'info', bodyLimitBytes: 10 * 1024 * 1024 });
  });
  it('reads API_HOST, API_PORT, GW_ADMIN_KEY and LOG_LEVEL', () => {
    expect(loadApiConfig({ API_HOST: '0.0.0.0', API_PORT: '8080', GW_ADMIN_KEY: 'ak_x', LOG_LEVEL: 'WARN' })).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      adminKey: 'ak_x',
      logLevel: 'warn',
    });
  });
  it('names the setting to fix', () => {
    expect(() => loadApiConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT.*integer/);
    expect(() => loadApiConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
