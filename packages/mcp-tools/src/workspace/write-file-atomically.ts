import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';
import { permissionDenied, resolveWritablePath } from './resolve-workspace-path.js';
import { isOpenFileInsideRoot } from './verify-open-file.js';
import { openVerifiedDirectory } from './open-verified-directory.js';
import type { WorkspaceRoot } from './workspace-root.js';

export interface WriteOutcome {
  relative: string;
  bytes: number;
  created: boolean;
}

function raced(requested: string): ToolFailure {
  return new ToolFailure(
    'path_changed',
    `Path ${describeRequestedPath(requested)} changed while it was being written (a directory now leads outside the workspace root); nothing was written.`,
    'Retry once the workspace is stable; paths must stay inside the root.',
  );
}

async function makeMissingDirectories(root: WorkspaceRoot, requested: string, directories: readonly string[]): Promise<void> {
  for (const directory of directories) {
    const parent = await openVerifiedDirectory(dirname(directory), root.real);
    if (!parent) throw raced(requested);
    try {
      // Made relative to the verified parent descriptor; mkdir never follows a link in its last component.
      await mkdir(join(parent.path, basename(directory)), { mode: 0o755 });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    } finally {
      await parent.close();
    }
  }
}

/**
 * Writes a file inside the root atomically: the directory opened and verified through its descriptor, a
 * temporary file made there with O_CREAT|O_EXCL|O_NOFOLLOW and checked again after opening, flushed, then renamed over the destination. Readers
 * see the old content or the new, never half; a crash leaves at most a `.gw-write-*.tmp` file.
 */
export async function writeFileAtomically(root: WorkspaceRoot, requested: string, content: Buffer, createDirectories: boolean): Promise<WriteOutcome> {
  const target = await resolveWritablePath(root, requested);
  if (target.missingDirectories.length > 0) {
    if (!createDirectories) {
      throw new ToolFailure('not_found', `The directory for ${describeRequestedPath(requested)} does not exist.`, 'Pass create_directories: true, or write to an existing directory.');
    }
    await makeMissingDirectories(root, requested, target.missingDirectories);
  }
  const directory = await openVerifiedDirectory(target.directoryReal, root.real);
  if (!directory) throw raced(requested);
  const temporary = join(directory.path, `.gw-write-${randomBytes(8).toString('hex')}.tmp`);
  const destination = join(directory.path, target.name);
  const mode = target.existing ? target.existing.mode & 0o777 : 0o644;
  let handle;
  try {
    handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  } catch (error) {
    await directory.close();
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP' || code === 'ENOENT' || code === 'ENOTDIR') throw raced(requested);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw permissionDenied(requested);
    throw error;
  }
  let renamed = false;
  try {
    if (!(await isOpenFileInsideRoot(handle, temporary, root.real))) throw raced(requested);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    const now = await lstat(destination).catch(() => undefined);
    if (now?.isDirectory()) {
      throw new ToolFailure('is_directory', `Path ${describeRequestedPath(requested)} is a directory.`, 'Give a file path; fs_write does not replace directories.');
    }
    // rename replaces a link in the last component instead of following it, so a late swap cannot redirect it.
    await rename(temporary, destination);
    renamed = true;
    return { relative: target.relative, bytes: content.length, created: target.existing === undefined };
  } finally {
    if (handle) await handle.close().catch(() => undefined);
    if (!renamed) await unlink(temporary).catch(() => undefined);
    await directory.close();
  }
}
