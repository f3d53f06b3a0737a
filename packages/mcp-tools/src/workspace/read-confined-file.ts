import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';
import { openVerifiedDirectory } from './open-verified-directory.js';
import { permissionDenied, resolveExistingPath } from './resolve-workspace-path.js';
import { isOpenFileInsideRoot } from './verify-open-file.js';
import type { WorkspaceRoot } from './workspace-root.js';

export interface ConfinedFileContent {
  relative: string;
  size: number;
  bytes: Buffer;
  offset: number;
}

export interface ReadRange {
  offset: number;
  length?: number;
  maxBytes: number;
}

function raced(requested: string): ToolFailure {
  return new ToolFailure(
    'path_changed',
    `Path ${describeRequestedPath(requested)} changed while it was being opened (it now leads outside the workspace root); refused.`,
    'Retry once the workspace is stable; paths must stay inside the root.',
  );
}

/**
 * Reads a regular file inside the root: resolved with realpath, opened with O_NOFOLLOW (and O_NONBLOCK so a
 * FIFO cannot hang the server), re-checked after opening, and never more than `maxBytes`.
 */
export async function readConfinedFile(root: WorkspaceRoot, requested: string, range: ReadRange): Promise<ConfinedFileContent> {
  const resolved = await resolveExistingPath(root, requested);
  if (resolved.stats.isDirectory()) {
    throw new ToolFailure('is_directory', `Path ${describeRequestedPath(requested)} is a directory.`, 'Use fs_list for directories.');
  }
  if (!resolved.stats.isFile()) {
    throw new ToolFailure('not_regular_file', `Path ${describeRequestedPath(requested)} is not a regular file.`, 'fs_read only reads regular files.');
  }
  const directory = await openVerifiedDirectory(dirname(resolved.real), root.real);
  if (!directory) throw raced(requested);
  let handle;
  try {
    handle = await open(join(directory.path, basename(resolved.real)), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP' || code === 'ENOENT' || code === 'ENOTDIR') throw raced(requested);
    if (code === 'EACCES' || code === 'EPERM') throw permissionDenied(requested);
    throw error;
  } finally {
    await directory.close();
  }
  try {
    if (!(await isOpenFileInsideRoot(handle, resolved.real, root.real))) throw raced(requested);
    const stats = await handle.stat();
    if (!stats.isFile()) throw raced(requested);
    const start = Math.min(range.offset, stats.size);
    const wanted = range.length ?? stats.size - start;
    if (wanted > range.maxBytes) {
      throw new ToolFailure(
        'too_large',
        `${describeRequestedPath(requested)} has ${stats.size} bytes${start > 0 ? ` (${stats.size - start} after offset ${start})` : ''}; fs_read returns at most ${range.maxBytes} bytes per call.`,
        `Read it in parts with offset and length (length up to ${range.maxBytes}).`,
      );
    }
    const length = Math.max(0, Math.min(wanted, stats.size - start));
    const bytes = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(bytes, filled, length - filled, start + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { relative: resolved.relative, size: stats.size, bytes: bytes.subarray(0, filled), offset: start };
  } finally {
    await handle.close();
  }
}
