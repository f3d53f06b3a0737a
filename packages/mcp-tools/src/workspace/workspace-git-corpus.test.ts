import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTools, textOf, type ConnectedTools } from '../toolset-support/connect-tools.test-helper.js';
import { createWorkspaceToolset } from './create-workspace-toolset.js';

let base: string;
let root: string;
let markers: string;
let tools: ConnectedTools;

const cleanGitEnvironment = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, env: cleanGitEnvironment, encoding: 'utf8' });

const marker = (name: string) => join(markers, name);

beforeAll(async () => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'gw-git-corpus-')));
  root = join(base, 'root');
  markers = join(base, 'markers');
  mkdirSync(root);
  mkdirSync(markers);
  git(root, 'init', '-q');
  writeFileSync(join(root, 'tracked.txt'), 'line one\n');
  writeFileSync(join(root, 'other.txt'), 'other\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'first');
  writeFileSync(join(root, 'tracked.txt'), 'line one\nline two\n');
  tools = await connectTools(createWorkspaceToolset({ root, gitTimeoutMs: 10_000 }));
  // Through the tools themselves: fs_write can write the repository's config and attributes, so do that.
  const hooks = join(root, 'evil-hooks');
  mkdirSync(hooks);
  for (const hook of ['post-index-change', 'pre-commit', 'post-checkout', 'reference-transaction']) {
    writeFileSync(join(hooks, hook), `#!/bin/sh\ntouch ${marker(`hook-${hook}`)}\n`);
    chmodSync(join(hooks, hook), 0o755);
  }
  writeFileSync(join(base, 'included.gitconfig'), `[core]\n\tfsmonitor = touch ${marker('include-fsmonitor')}\n`);
  const config = [
    '[core]',
    '\trepositoryformatversion = 0',
    '\tbare = false',
    `\tfsmonitor = touch ${marker('fsmonitor')}; echo`,
    `\thooksPath = ${hooks}`,
    `\tpager = touch ${marker('pager')}; cat`,
    `\tworktree = ${base}`,
    `\tattributesFile = ${join(base, 'attributes')}`,
    '[diff]',
    `\texternal = touch ${marker('diff-external')}; echo`,
    '[diff "evil"]',
    `\ttextconv = sh -c 'touch ${marker('textconv')}; cat "$0"'`,
    `\tcommand = touch ${marker('diff-command')}; echo`,
    '[filter "evil"]',
    `\tclean = sh -c 'touch ${marker('filter-clean')}; cat'`,
    `\tsmudge = sh -c 'touch ${marker('filter-smudge')}; cat'`,
    `\tprocess = sh -c 'touch ${marker('filter-process')}'`,
    '\trequired = true',
    '[include]',
    `\tpath = ${join(base, 'included.gitconfig')}`,
    '[alias]',
    `\tdiff = !touch ${marker('alias')}`,
    '',
  ].join('\n');
  for (const [path, content] of [
    ['.git/config', config],
    ['.gitattributes', '* filter=evil diff=evil\n'],
    ['.git/info/attributes', '* filter=evil diff=evil\n'],
  ] as const) {
    const written = await tools.call('fs_write', { path, content });
    expect(written.isError).toBeFalsy();
  }
  writeFileSync(join(base, 'attributes'), '* filter=evil\n');
});

afterAll(async () => {
  await tools.close();
  rmSync(base, { recursive: true, force: true });
});

afterEach(() => {
  // Zero escapes: nothing the repository configures ever ran, and no option wrote a file.
  expect(readdirSync(markers)).toEqual([]);
  expect(existsSync('/tmp/gw-git-pwned')).toBe(false);
});

describe('git with a malicious repository config (written through fs_write)', () => {
  it.each([
    ['git_status (fsmonitor, hooks, filters, include, worktree)', 'git_status', {}],
    ['git_diff of the work tree (external diff, textconv, clean filter)', 'git_diff', {}],
    ['git_diff of one path', 'git_diff', { path: 'tracked.txt' }],
    ['git_diff --cached', 'git_diff', { staged: true }],
    ['git_diff against HEAD', 'git_diff', { ref: 'HEAD' }],
    ['git_diff against main~0', 'git_diff', { ref: 'main~0' }],
  ])('runs nothing from the repository: %s', async (_name, tool, args) => {
    const result = await tools.call(tool, args);
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(textOf(result)).not.toContain(base);
  });

  it('control: plain git in the same repository does run the payloads (so the tests above prove something)', () => {
    try {
      git(root, 'status');
      git(root, 'diff');
    } catch {
      // The evil config may make plain git fail after it ran the commands; the markers are what matter.
    }
    const fired = readdirSync(markers);
    expect(fired).toEqual(expect.arrayContaining(['filter-process']));
    for (const name of fired) rmSync(marker(name));
  });

  it('still reports the real change (the work tree is the root, not core.worktree)', async () => {
    const status = await tools.call('git_status', {});
    const structured = status.structuredContent as { branch: string; entries: { path: string; worktree: string }[] };
    expect(structured.branch).toMatch(/^main/);
    expect(structured.entries).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'tracked.txt', worktree: 'M' })]));
    expect(structured.entries.some((entry) => entry.path.includes('markers') || entry.path.includes('included.gitconfig'))).toBe(false);
    const diff = await tools.call('git_diff', { path: 'tracked.txt' });
    expect(textOf(diff)).toContain('+line two');
  });
});

const refusals: [string, Record<string, unknown>, RegExp][] = [
  ['ref --output=/tmp/gw-git-pwned', { ref: '--output=/tmp/gw-git-pwned' }, /starts with "-"/],
  ['ref -c core.pager=…', { ref: '-ccore.pager=touch /tmp/gw-git-pwned' }, /starts with "-"/],
  ['ref --ext-diff', { ref: '--ext-diff' }, /starts with "-"/],
  ['ref --no-index', { ref: '--no-index' }, /starts with "-"/],
  ['ref -p', { ref: '-p' }, /starts with "-"/],
  ['ref with ;cmd', { ref: 'HEAD;touch /tmp/gw-git-pwned' }, /not a plain branch/],
  ['ref with $(cmd)', { ref: '$(touch /tmp/gw-git-pwned)' }, /not a plain branch/],
  ['ref with `cmd`', { ref: '`touch /tmp/gw-git-pwned`' }, /not a plain branch/],
  ['ref with | pipe', { ref: 'HEAD|touch' }, /not a plain branch/],
  ['ref range HEAD..main', { ref: 'HEAD..main' }, /not a plain branch/],
  ['ref with a space and an option', { ref: 'HEAD --output=/tmp/gw-git-pwned' }, /not a plain branch/],
  ['ref that does not exist', { ref: 'no-such-branch' }, /does not name a commit/],
  ['path --output=/tmp/gw-git-pwned', { path: '--output=/tmp/gw-git-pwned' }, /starts with "-"/],
  ['path -c option', { path: '-cdiff.external=touch' }, /starts with "-"/],
  ['path outside the root ../markers', { path: '../markers' }, /outside the workspace root/],
  ['absolute path outside /etc/passwd', { path: '/etc/passwd' }, /outside the workspace root/],
  ['path inside .git', { path: '.git/config' }, /inside \.git/],
  ['repository outside the root', { repository: '..' }, /outside the workspace root/],
  ['repository that is not a repository', { repository: 'evil-hooks' }, /no \.git directory/],
];

describe('git_diff argument corpus', () => {
  it.each(refusals)('refuses %s', async (_name, args, message) => {
    const result = await tools.call('git_diff', args);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(message);
    expect(lstatSync('/tmp/gw-git-pwned', { throwIfNoEntry: false })).toBeUndefined();
  });

  it.each([
    ['pathspec magic :(attr:evil) is taken literally', ':(attr:evil)tracked.txt'],
    ['glob * is taken literally', '*'],
    ['$(cmd) in a path is a file name', '$(touch /tmp/gw-git-pwned)'],
    [';cmd in a path is a file name', 'a;touch /tmp/gw-git-pwned'],
  ])('%s', async (_name, path) => {
    const result = await tools.call('git_diff', { path });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(textOf(result)).toBe('No differences.');
  });
});

describe('repositories git must not use', () => {
  it('refuses objects/info/alternates (objects from outside the root)', async () => {
    const other = join(base, 'other-repo');
    mkdirSync(other);
    git(other, 'init', '-q');
    const written = await tools.call('fs_write', { path: '.git/objects/info/alternates', content: `${join(other, '.git', 'objects')}\n` });
    expect(written.isError).toBeFalsy();
    const result = await tools.call('git_status', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/alternates/);
    rmSync(join(root, '.git', 'objects', 'info', 'alternates'));
    rmSync(other, { recursive: true });
  });

  it('refuses a .git file pointing at a git directory outside the root', async () => {
    mkdirSync(join(root, 'linked'));
    writeFileSync(join(root, 'linked', '.git'), `gitdir: ${join(base, 'elsewhere')}\n`);
    const result = await tools.call('git_status', { repository: 'linked' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/link or a file/);
    rmSync(join(root, 'linked'), { recursive: true });
  });

  it('does not climb to a repository above the root', async () => {
    const nested = await connectTools(createWorkspaceToolset({ root: join(root, 'evil-hooks') }));
    const result = await nested.call('git_status', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/not a git repository/);
    await nested.close();
  });

  it('leaves the real repository untouched (objects and refs still there after the private git dir is removed)', async () => {
    await tools.call('git_status', {});
    expect(readdirSync(join(root, '.git', 'refs', 'heads'))).toEqual(['main']);
    expect(readdirSync(join(root, '.git', 'objects')).length).toBeGreaterThan(2);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('gw-git-') && !name.startsWith('gw-git-corpus'))).toEqual([]);
  });
});
