import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MockLlm } from '@gw/mock-llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestUpstream } from './mock-setup.js';

const run = promisify(execFile);
const packageRoot = join(import.meta.dirname, '..');
const workspaceRoot = join(packageRoot, '..', '..');

let mock: MockLlm;
let directory: string;

beforeAll(async () => {
  mock = await startTestUpstream();
  directory = await mkdtemp(join(tmpdir(), 'gw-providers-pack-'));
  // Build from source so the tarball holds what this checkout says, not a stale dist.
  await run('npx', ['tsc', '--build', join(packageRoot, 'tsconfig.lib.json')], { cwd: workspaceRoot });
}, 120_000);

afterAll(async () => {
  await mock.close();
  await rm(directory, { recursive: true, force: true });
});

describe('the published @gw/providers package', () => {
  it('packs, installs into an empty directory and works from plain node', async () => {
    const { stdout: packed } = await run('npm', ['pack', '--json', '--pack-destination', directory], { cwd: packageRoot });
    const [{ filename, files }] = JSON.parse(packed) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((file) => file.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths.some((path) => path.includes('.test.') || path.startsWith('src/') || path.startsWith('test/'))).toBe(false);

    await writeFile(join(directory, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(directory, filename)], { cwd: directory, timeout: 180_000 });
    const script = `
      import { createProviderRegistry, GatewayError } from '@gw/providers';
      const registry = createProviderRegistry({
        builtInModels: false,
        providers: [{ id: 'mock', format: 'anthropic', baseURL: process.argv[1], apiKey: 'test-anthropic-key' }],
        models: [{ id: 'm', provider: 'mock', upstreamModel: 'packed-model', price: { input: 1, output: 1 }, contextWindow: 8000 }],
      });
      const response = await registry.chat({ model: 'm', messages: [{ role: 'user', content: 'from the tarball' }] });
      const error = await registry.chat({ model: 'nope', messages: [{ role: 'user', content: 'x' }] }).catch((caught) => caught);
      console.log(JSON.stringify({ content: response.choices[0].message.content, cost: response.gw.costUsd, isGatewayError: GatewayError.isInstance(error) }));
      await registry.close();
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, mock.url], { cwd: directory });
    expect(JSON.parse(stdout)).toEqual({ content: '[packed-model] echo: from the tarball', cost: expect.any(Number), isGatewayError: true });
  }, 240_000);
});
