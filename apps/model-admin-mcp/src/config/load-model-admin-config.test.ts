import { describe, expect, it } from 'vitest';
import { loadModelAdminConfig } from './load-model-admin-config.js';

describe('loadModelAdminConfig', () => {
  it('defaults to gw-api on 127.0.0.1:3000 and a 30 s timeout', () => {
    expect(loadModelAdminConfig({})).toEqual({ baseURL: 'http://127.0.0.1:3000', timeoutMs: 30_000, logLevel: 'info' });
  });
  it('reads AIGATEWAY_URL, AIGATEWAY_API_KEY and AIGATEWAY_TIMEOUT_MS', () => {
    expect(loadModelAdminConfig({ AIGATEWAY_URL: 'https://gw.example', AIGATEWAY_API_KEY: 'ak_x', AIGATEWAY_TIMEOUT_MS: '500' })).toMatchObject({
      baseURL: 'https://gw.example',
      apiKey: 'ak_x',
      timeoutMs: 500,
    });
  });
  it('names the variable to fix', () => {
    expect(() => loadModelAdminConfig({ AIGATEWAY_URL: 'ftp://x' })).toThrow(/^AIGATEWAY_URL: /);
    expect(() => loadModelAdminConfig({ AIGATEWAY_TIMEOUT_MS: 'soon' })).toThrow(/^AIGATEWAY_TIMEOUT_MS: /);
  });
});
