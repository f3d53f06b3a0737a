import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, expect, it } from 'vitest';
import { assertBinBuilt, baseEnvironment, workspaceRoot } from './bin-setup.js';

const run = promisify(execFile);
const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

// npm pack of the app and the @gw/* packages it depends on, installed into an empty directory from those
// tarballs (third-party dependencies come from the registry), then `npx gw-mcp` answers tools/list.
it('the packed tarball installs into an empty directory and `npx gw-mcp` answers tools/list', { timeout: 300_000 }, async () => {
  assertBinBuilt();
  const packDirectory = mkdtempSync(join(tmpdir(), 'gw-mcp-pack-'));
  const installDirectory = mkdtempSync(join(tmpdir(), 'gw-mcp-install-'));
  directories.push(packDirectory, installDirectory);
  await run('npm', ['pack', '--silent', '--pack-destination', packDirectory, '-w', '@gw/providers', '-w', '@gw/router', '-w', '@gw/context-store', '-w', '@gw/mcp-tools', '-w', '@gw/mcp-stdio'], {
    cwd: workspaceRoot,
    timeout: 120_000,
  });
  const tarballs = readdirSync(packDirectory).filter((file) => file.endsWith('.tgz'));
  expect(tarballs.sort()).toEqual(['gw-context-store-0.1.0.tgz', 'gw-mcp-stdio-0.1.0.tgz', 'gw-mcp-tools-0.1.0.tgz', 'gw-providers-0.1.0.tgz', 'gw-router-0.1.0.tgz']);
  const { stdout: listing } = await run('tar', ['-tzf', join(packDirectory, 'gw-mcp-stdio-0.1.0.tgz')]);
  expect(listing).toContain('package/dist/main.js');
  expect(listing).not.toMatch(/\.test\.|tsbuildinfo|\/src\//);

  await run('npm', ['init', '-y'], { cwd: installDirectory });
  await run('npm', ['install', '--no-audit', '--no-fund', ...tarballs.map((file) => join(packDirectory, file))], { cwd: installDirectory, timeout: 240_000 });

  const transport = new StdioClientTransport({
    command: 'npx',
    args: ['--no-install', 'gw-mcp'],
    cwd: installDirectory,
    env: baseEnvironment({ API_FORMAT: 'anthropic', API_KEY: 'test-anthropic-key', API_ENDPOINT: 'http://127.0.0.1:9' }),
    stderr: 'pipe',
  });
  const client = new Client({ name: 'packed-tarball-test', version: '0.0.0' });
  await client.connect(transport);
  try {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['chat_completion', 'list_models']);
    const models = await client.callTool({ name: 'list_models', arguments: { provider: 'anthropic' } });
    expect((models.structuredContent as { count: number }).count).toBeGreaterThan(0);
  } finally {
    await client.close();
  }
});
