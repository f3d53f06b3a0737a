import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { serverVersion } from './server-identity.js';

it('reports the package version', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; bin: Record<string, string> };
  expect(serverVersion).toBe(manifest.version);
  expect(manifest.bin).toEqual({ 'gw-mcp': './dist/main.js' });
});
