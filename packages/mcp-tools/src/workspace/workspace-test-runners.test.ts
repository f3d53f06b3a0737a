import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTools, textOf, type ConnectedTools } from '../toolset-support/connect-tools.test-helper.js';
import { createWorkspaceToolset } from './create-workspace-toolset.js';

const installedVitest = resolve(import.meta.dirname, '../../../../node_modules/vitest');

let base: string;
let root: string;
let tools: ConnectedTools;

interface RunOutput {
  success: boolean;
  passed: number;
  failed: number;
  skipped: number;
  total: number;
  failing_tests: string[];
  output: string;
  output_truncated: boolean;
}

beforeAll(async () => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'gw-runner-')));
  root = join(base, 'project');
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
  mkdirSync(join(root, 'tests'));
  mkdirSync(join(base, 'markers'));
  // The fixture uses the monorepo's vitest through a link, as an installed project would have it.
  symlinkSync(installedVitest, join(root, 'node_modules', 'vitest'));
  symlinkSync('../vitest/vitest.mjs', join(root, 'node_modules', '.bin', 'vitest'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module', private: true }));
  writeFileSync(join(root, 'vitest.config.js'), "export default { test: { include: ['tests/**/*.test.js'] } };\n");
  writeFileSync(join(root, 'tests', 'math.test.js'), "import { expect, it } from 'vitest';\nit('adds', () => { expect(1 + 1).toBe(2); });\n");
  writeFileSync(
    join(root, 'tests', 'mixed.test.js'),
    "import { describe, expect, it } from 'vitest';\ndescribe('mixed', () => {\n  it('passes', () => { expect(true).toBe(true); });\n  it('fails on purpose', () => { expect(2).toBe(3); });\n  it.skip('is skipped', () => {});\n});\n",
  );
  writeFileSync(join(root, 'tests', 'environment.test.js'), "import { expect, it } from 'vitest';\nit('gets no server secrets', () => { expect(process.env.GW_TEST_SERVER_SECRET).toBeUndefined(); });\n");
  process.env.GW_TEST_SERVER_SECRET = 'test-server-secret';
  tools = await connectTools(createWorkspaceToolset({ root, testTimeoutMs: 60_000 }));
});

afterAll(async () => {
  delete process.env.GW_TEST_SERVER_SECRET;
  await tools.close();
  rmSync(base, { recursive: true, force: true });
});

describe('run_vitest', () => {
  it('runs every test and reports counts and failing names from the JSON report', async () => {
    const result = await tools.call('run_vitest', {});
    expect(result.isError, textOf(result)).toBeFalsy();
    const output = result.structuredContent as unknown as RunOutput;
    expect(output).toMatchObject({ success: false, passed: 3, failed: 1, skipped: 1, total: 5 });
    expect(output.failing_tests).toEqual(['tests/mixed.test.js > mixed fails on purpose']);
    expect(textOf(result)).toMatch(/3 passed, 1 failed, 1 skipped/);
  }, 60_000);

  it('runs one file given as testPath', async () => {
    const result = await tools.call('run_vitest', { testPath: 'tests/math.test.js' });
    expect(result.structuredContent).toMatchObject({ success: true, passed: 1, failed: 0, total: 1, test_path: 'tests/math.test.js' });
  }, 60_000);

  it.each([
    ['a path outside the root', '../markers', /outside the workspace root/],
    ['an absolute path outside', '/etc', /outside the workspace root/],
    ['an option as the path', '--reporter=verbose', /starts with "-"/],
    ['an option to run a config from elsewhere', '--config=/tmp/evil.js', /starts with "-"/],
    ['shell syntax (no shell: just a missing file)', 'tests; touch /tmp/gw-runner-pwned', /does not exist/],
    ['command substitution', '$(touch /tmp/gw-runner-pwned)', /does not exist/],
  ])('refuses %s', async (_name, testPath, message) => {
    const result = await tools.call('run_vitest', { testPath });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(message);
    expect(readdirSync(join(base, 'markers'))).toEqual([]);
  });

  it('stops a run that exceeds the timeout and says so', async () => {
    writeFileSync(join(root, 'tests', 'hang.test.js'), "import { it } from 'vitest';\nit('hangs', () => new Promise(() => {}), 600000);\n");
    const quick = await connectTools(createWorkspaceToolset({ root, testTimeoutMs: 4000 }));
    const started = Date.now();
    const result = await quick.call('run_vitest', { testPath: 'tests/hang.test.js' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/did not finish within 4000 ms/);
    expect(Date.now() - started).toBeLessThan(15_000);
    rmSync(join(root, 'tests', 'hang.test.js'));
    await quick.close();
  }, 30_000);

  it('cuts long output with a note', async () => {
    const small = await connectTools(createWorkspaceToolset({ root, maxOutputChars: 1000 }));
    writeFileSync(join(root, 'tests', 'noisy.test.js'), "import { it } from 'vitest';\nit('talks', () => { console.log('x'.repeat(5000)); });\n");
    const result = await small.call('run_vitest', { testPath: 'tests/noisy.test.js' });
    const output = result.structuredContent as unknown as RunOutput;
    expect(output.output_truncated).toBe(true);
    expect(output.output.length).toBeLessThanOrEqual(1000 + 1000);
    expect(textOf(result)).toMatch(/output truncated/);
    rmSync(join(root, 'tests', 'noisy.test.js'));
    await small.close();
  }, 60_000);
});

describe('run_playwright', () => {
  it('says clearly that playwright is not installed', async () => {
    const result = await tools.call('run_playwright', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/playwright is not installed in the workspace/);
    expect(textOf(result)).toMatch(/npm install -D @playwright\/test/);
  });

  it('has truthful annotations (runs workspace code)', async () => {
    const { tools: listed } = await tools.client.listTools();
    for (const name of ['run_vitest', 'run_playwright']) {
      expect(listed.find((tool) => tool.name === name)!.annotations).toMatchObject({ readOnlyHint: false, openWorldHint: true });
    }
  });
});
