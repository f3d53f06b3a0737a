import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTools, textOf, type ConnectedTools } from '../toolset-support/connect-tools.test-helper.js';
import { createWorkspaceToolset } from './create-workspace-toolset.js';

let base: string;
let root: string;
let outside: string;
let evil: string;
let tools: ConnectedTools;

const secret = 'OUTSIDE-SECRET-CONTENT';

function snapshot(directory: string): string[] {
  const lines: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      const stats = lstatSync(full);
      lines.push(`${full} ${stats.isDirectory() ? 'dir' : stats.isSymbolicLink() ? 'link' : `${stats.size}:${stats.mtimeMs}:${readFileSync(full, 'utf8')}`}`);
      if (stats.isDirectory()) walk(full);
    }
  };
  walk(directory);
  return lines;
}

let outsideBefore: string[];

beforeAll(async () => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'gw-fs-corpus-')));
  root = join(base, 'root');
  outside = join(base, 'outside');
  evil = join(base, 'root-evil');
  for (const directory of [root, outside, evil, join(root, 'dir'), join(root, 'race-real'), join(outside, 'sub')]) mkdirSync(directory, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), secret);
  writeFileSync(join(outside, 'sub', 'secret.txt'), secret);
  writeFileSync(join(evil, 'secret.txt'), secret);
  writeFileSync(join(root, 'inside.txt'), 'inside content');
  writeFileSync(join(root, 'dir', 'nested.txt'), 'nested content');
  writeFileSync(join(root, 'race-real', 'file.txt'), 'race inside');
  symlinkSync(join(root, 'inside.txt'), join(root, 'link-in'));
  symlinkSync('../outside/secret.txt', join(root, 'link-out'));
  symlinkSync('../outside/missing.txt', join(root, 'dangling-out'));
  symlinkSync('missing-inside.txt', join(root, 'dangling-in'));
  symlinkSync('../outside', join(root, 'dir-link-out'));
  symlinkSync('dir', join(root, 'dir-link-in'));
  symlinkSync('/etc', join(root, 'etc-link'));
  symlinkSync('loop', join(root, 'loop'));
  symlinkSync('../outside', join(root, 'dir', 'deep-link-out'));
  execFileSync('mkfifo', [join(root, 'fifo')]);
  outsideBefore = [...snapshot(outside), ...snapshot(evil)];
  tools = await connectTools(createWorkspaceToolset({ root, maxReadBytes: 1000, maxWriteBytes: 1000, maxListEntries: 50, maxListDepth: 4 }));
});

afterAll(async () => {
  await tools.close();
  rmSync(base, { recursive: true, force: true });
});

afterEach(() => {
  // Zero escapes: after every case, nothing outside the root changed (content, size, mtime, new entries).
  expect([...snapshot(outside), ...snapshot(evil)]).toEqual(outsideBefore);
});

function expectRefusal(text: string, payload: string): void {
  expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\n\s+at /); // no stack
  // The outside location is named only if the caller named it.
  if (!payload.includes(base)) expect(text).not.toContain(base);
}

const readPayloads: [string, () => string, RegExp][] = [
  ['parent traversal ../outside/secret.txt', () => '../outside/secret.txt', /outside the workspace root/],
  ['deep traversal ../../../../etc/passwd', () => '../../../../../../etc/passwd', /outside the workspace root/],
  ['traversal after a directory dir/../../outside/secret.txt', () => 'dir/../../outside/secret.txt', /outside the workspace root/],
  ['dot then traversal ./../outside/secret.txt', () => './../outside/secret.txt', /outside the workspace root/],
  ['traversal through an inside link dir-link-in/../../outside/secret.txt', () => 'dir-link-in/../../outside/secret.txt', /outside the workspace root/],
  ['absolute /etc/passwd', () => '/etc/passwd', /outside the workspace root/],
  ['absolute path of the outside secret', () => join(outside, 'secret.txt'), /outside the workspace root/],
  ['sibling prefix /…/root-evil/secret.txt', () => join(evil, 'secret.txt'), /outside the workspace root/],
  ['sibling prefix via the root spelled root/../root-evil', () => `${root}/../root-evil/secret.txt`, /outside the workspace root/],
  ['absolute /proc/self/environ', () => '/proc/self/environ', /outside the workspace root/],
  ['absolute /proc/self/root/etc/passwd', () => '/proc/self/root/etc/passwd', /outside the workspace root/],
  ['symlink to a file outside (link-out)', () => 'link-out', /symbolic link/],
  ['dangling symlink pointing outside', () => 'dangling-out', /symbolic link/],
  ['dangling symlink pointing inside', () => 'dangling-in', /symbolic link/],
  ['symlinked parent directory leaving the root', () => 'dir-link-out/secret.txt', /symbolic link/],
  ['symlinked parent, file missing outside (no existence oracle)', () => 'dir-link-out/does-not-exist.txt', /symbolic link/],
  ['symlinked parent two levels deep', () => 'dir/deep-link-out/sub/secret.txt', /symbolic link/],
  ['absolute symlink to /etc', () => 'etc-link/passwd', /symbolic link/],
  ['symlink loop', () => 'loop', /symbolic link/],
  ['NUL byte in the name', () => 'inside.txt\0.png', /NUL byte/],
  ['NUL byte then traversal', () => 'inside.txt\0../../outside/secret.txt', /NUL byte/],
  ['newline in the name', () => 'inside.txt\n', /control characters/],
  ['URL-encoded traversal %2e%2e/%2e%2e/outside/secret.txt (taken literally)', () => '%2e%2e/%2e%2e/outside/secret.txt', /does not exist/],
  ['URL-encoded slashes ..%2f..%2foutside%2fsecret.txt', () => '..%2f..%2foutside%2fsecret.txt', /does not exist/],
  ['double-encoded %252e%252e/outside/secret.txt', () => '%252e%252e/outside/secret.txt', /does not exist/],
  ['backslash traversal ..\\..\\outside\\secret.txt', () => '..\\..\\outside\\secret.txt', /does not exist/],
  ['dots-and-slashes ....//....//outside/secret.txt', () => '....//....//outside/secret.txt', /does not exist/],
  ['tilde is not expanded ~/.bashrc', () => '~/.bashrc', /does not exist/],
  ['shell variable is not expanded $HOME/.bashrc', () => '$HOME/.bashrc', /does not exist/],
  ['overlong path (5000 characters)', () => 'a/'.repeat(2500), /limit is 4096/],
  ['overlong component (300 bytes)', () => 'x'.repeat(300), /longer than 255 bytes/],
  ['a directory is not read', () => 'dir', /is a directory/],
  ['a FIFO is not opened (would hang)', () => 'fifo', /not a regular file/],
  ['file used as a directory inside.txt/x', () => 'inside.txt/x', /does not exist/],
];

describe('fs_read path corpus', () => {
  it.each(readPayloads)('refuses %s', async (_name, payload, message) => {
    const requested = payload();
    const result = await tools.call('fs_read', { path: requested });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(message);
    expectRefusal(text, requested);
  });

  it('gives the same answer for an existing and a missing file behind a link out', async () => {
    const existing = textOf(await tools.call('fs_read', { path: 'dir-link-out/secret.txt' }));
    const missing = textOf(await tools.call('fs_read', { path: 'dir-link-out/nothing.txt' }));
    expect(existing.replace('secret.txt', 'X')).toBe(missing.replace('nothing.txt', 'X'));
  });
});

const writePayloads: [string, () => string, RegExp][] = [
  ['parent traversal ../outside/pwned.txt', () => '../outside/pwned.txt', /outside the workspace root/],
  ['absolute path outside', () => join(outside, 'pwned.txt'), /outside the workspace root/],
  ['sibling prefix root-evil', () => join(evil, 'pwned.txt'), /outside the workspace root/],
  ['overwrite through a symlink pointing outside', () => 'link-out', /symbolic link/],
  ['create through a dangling symlink pointing outside', () => 'dangling-out', /symbolic link/],
  ['symlinked parent leaving the root', () => 'dir-link-out/pwned.txt', /symbolic link/],
  ['symlinked parent with directories still to create', () => 'dir-link-out/new/deeper/pwned.txt', /symbolic link/],
  ['absolute symlink parent /etc', () => 'etc-link/pwned', /symbolic link/],
  ['NUL byte in the name', () => 'pwned\0.txt', /NUL byte/],
  ['the root itself', () => '.', /root itself cannot be written/],
  ['an existing directory', () => 'dir', /is a directory/],
  ['a FIFO', () => 'fifo', /not a regular file/],
];

describe('fs_write path corpus', () => {
  it.each(writePayloads)('refuses %s', async (_name, payload, message) => {
    const requested = payload();
    const result = await tools.call('fs_write', { path: requested, content: 'PWNED' });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(message);
    expectRefusal(text, requested);
    expect(() => lstatSync(join(outside, 'pwned.txt'))).toThrow();
    expect(() => lstatSync(join(outside, 'missing.txt'))).toThrow();
  });

  it('refuses content over the write limit', async () => {
    const result = await tools.call('fs_write', { path: 'big.txt', content: 'x'.repeat(1001) });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/at most 1000/);
    expect(() => lstatSync(join(root, 'big.txt'))).toThrow();
  });

  it('writes .git/config inside the root (allowed, and harmless: see the git corpus)', async () => {
    const result = await tools.call('fs_write', { path: '.git/config', content: '[core]\n\tfsmonitor = touch /tmp/never\n' });
    expect(result.isError).toBeFalsy();
    rmSync(join(root, '.git'), { recursive: true });
  });
});

describe('fs_list corpus', () => {
  it.each([
    ['parent traversal', '../outside', /outside the workspace root/],
    ['symlinked directory leaving the root', 'dir-link-out', /symbolic link/],
    ['sibling prefix', '<base>/root-evil', /outside the workspace root/],
    ['a file', 'inside.txt', /not a directory/],
  ])('refuses %s', async (_name, payload, message) => {
    const requested = payload.replace('<base>', base);
    const result = await tools.call('fs_list', { path: requested });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(message);
    expectRefusal(textOf(result), requested);
  });

  it('refuses a depth over the limit', async () => {
    const result = await tools.call('fs_list', { path: '.', depth: 5 });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/over the limit of 4/);
  });

  it('lists recursively without following links out of the root', async () => {
    const result = await tools.call('fs_list', { path: '.', depth: 4 });
    expect(result.isError).toBeFalsy();
    const listing = result.structuredContent as { entries: { path: string; type: string }[]; truncated: boolean };
    const paths = listing.entries.map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining(['inside.txt', 'dir', 'dir/nested.txt', 'link-out']));
    expect(listing.entries.find((entry) => entry.path === 'link-out')!.type).toBe('symlink');
    expect(listing.entries.find((entry) => entry.path === 'dir-link-out')!.type).toBe('symlink');
    expect(paths.some((path) => path.includes('secret'))).toBe(false);
    expect(textOf(result)).not.toContain(secret);
  });

  it('stops at the entry limit and says so', async () => {
    const result = await tools.call('fs_list', { path: '.', depth: 2, max_entries: 3 });
    const listing = result.structuredContent as { entries: unknown[]; truncated: boolean };
    expect(listing.entries).toHaveLength(3);
    expect(listing.truncated).toBe(true);
    expect(textOf(result)).toMatch(/listing stopped at 3 entries/);
  });
});

describe('allowed paths (inside the root)', () => {
  it.each([
    ['a symlink to a file inside', 'link-in', 'inside content'],
    ['a symlinked parent inside', 'dir-link-in/nested.txt', 'nested content'],
    ['dir/../inside.txt', 'dir/../inside.txt', 'inside content'],
    ['an absolute path inside the root', '<root>/dir/nested.txt', 'nested content'],
  ])('reads %s', async (_name, requested, expected) => {
    const result = await tools.call('fs_read', { path: requested.replace('<root>', root) });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe(expected);
  });

  it('writes through a symlink that points inside (to its target)', async () => {
    const result = await tools.call('fs_write', { path: 'link-in', content: 'inside content' });
    expect(result.isError).toBeFalsy();
    expect(lstatSync(join(root, 'link-in')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'inside.txt'), 'utf8')).toBe('inside content');
  });
});

describe('check-then-use races', () => {
  it('never reads outside while a directory is swapped for a link to outside and back', async () => {
    const racing = join(root, 'race');
    const parked = join(root, 'race-parked');
    const swapper = setInterval(() => {
      try {
        if (lstatSync(racing, { throwIfNoEntry: false })?.isSymbolicLink()) {
          rmSync(racing);
          execFileSync('mv', [join(root, 'race-real'), racing]);
        } else if (lstatSync(racing, { throwIfNoEntry: false })) {
          execFileSync('mv', [racing, join(root, 'race-real')]);
          symlinkSync(join(outside, 'sub'), racing);
        } else {
          symlinkSync(join(outside, 'sub'), racing);
        }
      } catch {
        // A lost race of the swapper itself; try again on the next tick.
      }
    }, 1);
    let insideReads = 0;
    try {
      for (let attempt = 0; attempt < 150; attempt += 1) {
        const read = await tools.call('fs_read', { path: 'race/secret.txt' });
        expect(textOf(read)).not.toContain(secret);
        const readInside = await tools.call('fs_read', { path: 'race/file.txt' });
        if (!readInside.isError) insideReads += 1;
        const write = await tools.call('fs_write', { path: 'race/written.txt', content: 'x' });
        expect(textOf(write)).not.toContain(base);
      }
    } finally {
      clearInterval(swapper);
    }
    rmSync(racing, { recursive: true, force: true });
    rmSync(parked, { recursive: true, force: true });
    expect(readdirSync(join(outside, 'sub'))).toEqual(['secret.txt']);
    expect(insideReads).toBeGreaterThanOrEqual(0);
  });

  it('refuses a path that was a directory on the first call and a link out on the second', async () => {
    mkdirSync(join(root, 'swap'));
    writeFileSync(join(root, 'swap', 'secret.txt'), 'inside version');
    expect(textOf(await tools.call('fs_read', { path: 'swap/secret.txt' }))).toBe('inside version');
    rmSync(join(root, 'swap'), { recursive: true });
    symlinkSync(outside, join(root, 'swap'));
    const read = await tools.call('fs_read', { path: 'swap/secret.txt' });
    expect(read.isError).toBe(true);
    expect(textOf(read)).not.toContain(secret);
    const write = await tools.call('fs_write', { path: 'swap/secret.txt', content: 'PWNED' });
    expect(write.isError).toBe(true);
    rmSync(join(root, 'swap'));
  });
});

describe('normal use', () => {
  it('writes atomically (no temporary file left), creates directories, reads back, ranges and base64', async () => {
    const written = await tools.call('fs_write', { path: 'new/deep/file.txt', content: 'hello world' });
    expect(written.isError).toBeFalsy();
    expect(written.structuredContent).toEqual({ path: 'new/deep/file.txt', bytes_written: 11, created: true });
    expect(readdirSync(join(root, 'new', 'deep'))).toEqual(['file.txt']);
    const replaced = await tools.call('fs_write', { path: 'new/deep/file.txt', content: 'aGk=', encoding: 'base64' });
    expect(replaced.structuredContent).toMatchObject({ created: false, bytes_written: 2 });
    expect(readFileSync(join(root, 'new', 'deep', 'file.txt'), 'utf8')).toBe('hi');
    const read = await tools.call('fs_read', { path: 'inside.txt', offset: 7, length: 7 });
    expect(read.structuredContent).toMatchObject({ path: 'inside.txt', size: 14, offset: 7, bytes_read: 7, content: 'content' });
    const binary = await tools.call('fs_read', { path: 'new/deep/file.txt', encoding: 'base64' });
    expect((binary.structuredContent as { content: string }).content).toBe('aGk=');
    expect(statSync(join(root, 'new', 'deep', 'file.txt')).mode & 0o777).toBe(0o644);
  });

  it('refuses a file over the read limit and explains how to read it in parts', async () => {
    writeFileSync(join(root, 'large.txt'), 'y'.repeat(1500));
    const result = await tools.call('fs_read', { path: 'large.txt' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/1500 bytes.*at most 1000 bytes/s);
    expect(textOf(result)).toMatch(/offset and length/);
    const part = await tools.call('fs_read', { path: 'large.txt', offset: 1000 });
    expect((part.structuredContent as { bytes_read: number }).bytes_read).toBe(500);
  });

  it('lists tools with truthful annotations', async () => {
    const { tools: listed } = await tools.client.listTools();
    const byName = new Map(listed.map((tool) => [tool.name, tool]));
    expect(byName.get('fs_read')!.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
    expect(byName.get('fs_list')!.annotations).toMatchObject({ readOnlyHint: true });
    expect(byName.get('fs_write')!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: true });
  });
});

describe('read-only mode and a missing root', () => {
  it('leaves fs_write and the test runners out in read-only mode', async () => {
    const readOnly = await connectTools(createWorkspaceToolset({ root, readOnly: true }));
    const { tools: listed } = await readOnly.client.listTools();
    expect(listed.map((tool) => tool.name).sort()).toEqual(['fs_list', 'fs_read', 'git_diff', 'git_status']);
    await readOnly.close();
  });

  it('reports a root that does not exist without a stack or the path', async () => {
    const missing = await connectTools(createWorkspaceToolset({ root: join(base, 'no-such-root') }));
    const result = await missing.call('fs_read', { path: 'x' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/GW_WORKSPACE_ROOT/);
    expect(textOf(result)).not.toContain(base);
    await missing.close();
  });
});
