import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { apiBinPath } from '../src/testing/start-api-process.js';

function runBin(environment: Record<string, string>) {
  return spawnSync(process.execPath, [apiBinPath()], { env: { PATH: process.env.PATH ?? '', ...environment }, encoding: 'utf8', timeout: 20_000 });
}

describe('gw-api start-up errors', () => {
  it('exits 1 naming what to set when no provider is configured', () => {
    const result = runBin({});
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^gw-api could not start: .*API_KEY/);
  });

  it('refuses a GW_ADMIN_KEY that is not an ak_ key, without repeating it', () => {
    const result = runBin({ API_KEY: 'test-openai-key', API_ENDPOINT: 'http://127.0.0.1:9/v1', API_PORT: '0', GW_ADMIN_KEY: 'hunter2hunter2' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GW_ADMIN_KEY must be "ak_"');
    expect(result.stderr).not.toContain('hunter2hunter2');
  });

  it('exits 1 naming GW_TOOLSETS when it lists an unknown toolset', () => {
    const result = runBin({ API_KEY: 'test-openai-key', API_ENDPOINT: 'http://127.0.0.1:9/v1', API_PORT: '0', GW_TOOLSETS: 'gateway,nonsense' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^gw-api could not start: .*GW_TOOLSETS.*nonsense/);
  });
});
