import { execFile } from 'node:child_process';
import { lstat, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';
import { readConfinedFile } from './read-confined-file.js';
import { resolveExistingPath } from './resolve-workspace-path.js';
import { isInsideRoot, type WorkspaceRoot } from './workspace-root.js';

const execFileAsync = promisify(execFile);

export interface ConfinedRepository {
  /** Realpath of the work tree (the directory holding `.git`), inside the root. */
  workTree: string;
  /** A private git directory made for this command: our own config, links to the real objects and refs. */
  privateGitDirectory: string;
  dispose(): Promise<void>;
}

// Only settings that describe the repository format; nothing that names a program, a path or a driver.
const formatSettings = /^(core\.repositoryformatversion|core\.filemode|core\.ignorecase|core\.symlinks|core\.precomposeunicode|extensions\.objectformat) (.*)$/;
const allowedValues: Record<string, RegExp> = {
  'core.repositoryformatversion': /^[01]$/,
  'extensions.objectformat': /^(sha1|sha256)$/,
};

function notRepository(requested: string, why: string): ToolFailure {
  return new ToolFailure(
    'not_a_repository',
    `${describeRequestedPath(requested)} is not a git repository gw can use: ${why}.`,
    'Point "repository" at a directory inside the workspace whose .git is a plain directory (not a link or a gitdir file), or run git init there.',
  );
}

async function isRealDirectoryInside(path: string, rootReal: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined);
  return stats !== undefined && stats.isDirectory() && !stats.isSymbolicLink() && isInsideRoot(rootReal, path);
}

async function readFormatSettings(gitExecutable: string, configPath: string): Promise<string> {
  const stats = await lstat(configPath).catch(() => undefined);
  if (!stats?.isFile()) return '[core]\n\trepositoryformatversion = 0\n\tbare = false\n';
  // `git config --file` only parses; --no-includes keeps it from reading files the config names.
  const { stdout } = await execFileAsync(gitExecutable, ['config', '--file', configPath, '--no-includes', '--get-regexp', '^(core|extensions)\\.'], {
    // From `/` with discovery stopped there, so no repository around the server's own directory is read.
    cwd: '/',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CEILING_DIRECTORIES: '/', HOME: '/nonexistent' },
    timeout: 5000,
    maxBuffer: 1024 * 1024,
  }).catch(() => ({ stdout: '' }));
  const core: string[] = ['\tbare = false'];
  const extensions: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = formatSettings.exec(line.trim());
    if (!match) continue;
    const [, key, value] = match as unknown as [string, string, string];
    const pattern = allowedValues[key] ?? /^(true|false)$/;
    if (!pattern.test(value)) continue;
    const [section, name] = key.split('.') as [string, string];
    (section === 'core' ? core : extensions).push(`\t${name} = ${value}`);
  }
  return `[core]\n${core.join('\n')}\n${extensions.length > 0 ? `[extensions]\n${extensions.join('\n')}\n` : ''}`;
}

async function copyIfPresent(root: WorkspaceRoot, source: string, destination: string, maxBytes: number): Promise<boolean> {
  const stats = await lstat(source).catch(() => undefined);
  if (!stats) return false;
  if (!stats.isFile()) throw new ToolFailure('not_a_repository', `The repository's ${relative(root.real, source)} is not a regular file.`, 'Repair the repository (git init or a fresh clone).');
  const file = await readConfinedFile(root, relative(root.real, source), { offset: 0, maxBytes });
  await writeFile(destination, file.bytes, { mode: 0o600 });
  return true;
}

/**
 * Prepares a git command that cannot run anything the repository configures. Git reads `.git/config` (which
 * fs_write can change) for hooks, fsmonitor, diff drivers, textconv and clean/smudge filters; instead of
 * trusting that file, git gets a private directory with a config we write (format settings only) and links to
 * the real objects and refs. Filters named in .gitattributes then have no command to run.
 */
export async function prepareConfinedRepository(root: WorkspaceRoot, requested: string, gitExecutable: string): Promise<ConfinedRepository> {
  const repository = await resolveExistingPath(root, requested);
  if (!repository.stats.isDirectory()) throw notRepository(requested, 'it is not a directory');
  const dotGit = join(repository.real, '.git');
  const dotGitStats = await lstat(dotGit).catch(() => undefined);
  if (!dotGitStats) throw notRepository(requested, 'it has no .git directory at its top');
  if (!dotGitStats.isDirectory() || dotGitStats.isSymbolicLink()) throw notRepository(requested, 'its .git is a link or a file, not a directory');
  for (const part of ['objects', 'refs']) {
    if (!(await isRealDirectoryInside(join(dotGit, part), root.real))) throw notRepository(requested, `.git/${part} is missing or a link`);
  }
  for (const forbidden of ['objects/info/alternates', 'objects/info/http-alternates', 'commondir']) {
    if (await lstat(join(dotGit, forbidden)).catch(() => undefined)) {
      throw new ToolFailure(
        'repository_refused',
        `The repository ${describeRequestedPath(requested)} has .git/${forbidden}, which would let git read objects from outside the workspace; refused.`,
        `Remove .git/${forbidden} (or repack the repository so it is self-contained).`,
      );
    }
  }
  const privateGitDirectory = await mkdtemp(join(tmpdir(), 'gw-git-'));
  const dispose = () => rm(privateGitDirectory, { recursive: true, force: true });
  try {
    await symlink(join(dotGit, 'objects'), join(privateGitDirectory, 'objects'));
    await symlink(join(dotGit, 'refs'), join(privateGitDirectory, 'refs'));
    if (!(await copyIfPresent(root, join(dotGit, 'HEAD'), join(privateGitDirectory, 'HEAD'), 4096))) throw notRepository(requested, '.git/HEAD is missing');
    await copyIfPresent(root, join(dotGit, 'packed-refs'), join(privateGitDirectory, 'packed-refs'), 64 * 1024 * 1024);
    await copyIfPresent(root, join(dotGit, 'index'), join(privateGitDirectory, 'index'), 256 * 1024 * 1024);
    await copyIfPresent(root, join(dotGit, 'shallow'), join(privateGitDirectory, 'shallow'), 1024 * 1024);
    await mkdir(join(privateGitDirectory, 'info'));
    await copyIfPresent(root, join(dotGit, 'info', 'exclude'), join(privateGitDirectory, 'info', 'exclude'), 1024 * 1024);
    await writeFile(join(privateGitDirectory, 'config'), await readFormatSettings(gitExecutable, join(dotGit, 'config')), { mode: 0o600 });
    return { workTree: repository.real, privateGitDirectory, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
