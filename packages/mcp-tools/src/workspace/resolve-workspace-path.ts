import type { Stats } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { hasControlCharacter } from '../toolset-support/has-control-character.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';
import { isInsideRoot, type WorkspaceRoot } from './workspace-root.js';

const maxPathLength = 4096;
const maxComponentBytes = 255;

export interface ExistingWorkspacePath {
  /** The realpath, inside the root. */
  real: string;
  /** `real` relative to the root's realpath (`.` for the root). */
  relative: string;
  stats: Stats;
}

export interface WritableWorkspacePath {
  /** Realpath of the directory the file goes in (created if `createDirectories`), inside the root. */
  directoryReal: string;
  /** The final name; never a symbolic link that points out (a link inside the root is written through). */
  name: string;
  relative: string;
  /** lstat of the destination when it exists. */
  existing?: Stats;
  /** Directories below the deepest existing ancestor that still have to be made. */
  missingDirectories: string[];
}

function outside(requested: string): ToolFailure {
  return new ToolFailure(
    'outside_root',
    `Path ${describeRequestedPath(requested)} is outside the workspace root.`,
    'Use a path relative to the workspace root (fs_list "." shows its top), without ".." segments that leave it.',
  );
}

function throughLink(requested: string): ToolFailure {
  // One message for links out, dangling links and links through parents, so the answer says nothing about
  // what exists outside the root.
  return new ToolFailure(
    'symlink_refused',
    `Path ${describeRequestedPath(requested)} goes through a symbolic link that leaves the workspace root or whose target is missing; refused.`,
    'Use a path whose every component stays inside the workspace root.',
  );
}

/** Rejects what no resolution can make safe: NUL bytes, control characters, absurd lengths. */
export function validateRequestedPath(requested: string): void {
  if (requested.includes('\0')) {
    throw new ToolFailure('invalid_path', 'The path contains a NUL byte; refused.', 'Send the path as plain text without NUL (\\u0000) characters.');
  }
  // Control characters are legal in Linux names but only ever show up in attacks and broken terminals.
  if (hasControlCharacter(requested)) {
    throw new ToolFailure('invalid_path', 'The path contains control characters; refused.', 'Send a path made of printable characters.');
  }
  if (requested.length > maxPathLength) {
    throw new ToolFailure('invalid_path', `The path is ${requested.length} characters long; the limit is ${maxPathLength}.`, 'Send a shorter path.');
  }
  for (const component of requested.split(sep)) {
    if (Buffer.byteLength(component) > maxComponentBytes) {
      throw new ToolFailure('invalid_path', `A path component is longer than ${maxComponentBytes} bytes.`, 'Use shorter file and directory names.');
    }
  }
}

/** Where the caller's path lands lexically: relative paths from the root, absolute ones only if they are inside it. */
export function lexicalTarget(root: WorkspaceRoot, requested: string): string {
  validateRequestedPath(requested);
  let candidate: string;
  if (isAbsolute(requested)) {
    const normalized = resolve(requested);
    if (isInsideRoot(root.real, normalized)) candidate = normalized;
    else if (isInsideRoot(root.configured, normalized)) candidate = join(root.real, relative(root.configured, normalized));
    else throw outside(requested);
  } else {
    candidate = resolve(root.real, requested === '' ? '.' : requested);
  }
  if (!isInsideRoot(root.real, candidate)) throw outside(requested);
  return candidate;
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | undefined)?.code;
}

interface Inspection {
  candidate: string;
  /** The deepest path (from the candidate up) that exists, and its realpath (inside the root). */
  existing: string;
  existingReal: string;
  existingStats: Stats;
}

/**
 * Finds the deepest existing ancestor of the candidate with lstat, resolves it with realpath and checks it
 * is inside the root. A link out of the root, a dangling link and a link in a parent all fail the same way.
 */
async function inspect(root: WorkspaceRoot, requested: string): Promise<Inspection> {
  const candidate = lexicalTarget(root, requested);
  let existing = candidate;
  let existingStats: Stats;
  for (;;) {
    try {
      existingStats = await lstat(existing);
      break;
    } catch (error) {
      const code = errorCode(error);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && existing !== root.real) {
        existing = dirname(existing);
        continue;
      }
      if (code === 'ELOOP') throw throughLink(requested);
      if (code === 'EACCES') throw permissionDenied(requested);
      throw error;
    }
  }
  let existingReal: string;
  try {
    existingReal = await realpath(existing);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') throw throughLink(requested);
    if (code === 'EACCES') throw permissionDenied(requested);
    throw error;
  }
  if (!isInsideRoot(root.real, existingReal)) throw throughLink(requested);
  return { candidate, existing, existingReal, existingStats };
}

export function permissionDenied(requested: string): ToolFailure {
  return new ToolFailure(
    'permission_denied',
    `The server has no permission to access ${describeRequestedPath(requested)}.`,
    'Choose another path, or ask the operator to fix the permissions in the workspace.',
  );
}

export function notFound(requested: string): ToolFailure {
  return new ToolFailure('not_found', `Path ${describeRequestedPath(requested)} does not exist in the workspace.`, 'Check the name with fs_list.');
}

/** Resolves an existing path (file, directory, or a link inside the root to one) for reading. */
export async function resolveExistingPath(root: WorkspaceRoot, requested: string): Promise<ExistingWorkspacePath> {
  const inspection = await inspect(root, requested);
  if (inspection.existing !== inspection.candidate) throw notFound(requested);
  const stats = await lstat(inspection.existingReal);
  return { real: inspection.existingReal, relative: relative(root.real, inspection.existingReal) || '.', stats };
}

/**
 * Resolves a path for writing: the deepest existing ancestor must be inside the root; a final component
 * that is a link must point to a file inside the root (it is written through), never out or nowhere.
 */
export async function resolveWritablePath(root: WorkspaceRoot, requested: string): Promise<WritableWorkspacePath> {
  const inspection = await inspect(root, requested);
  if (inspection.candidate === root.real) {
    throw new ToolFailure('is_directory', 'The workspace root itself cannot be written.', 'Give a file path inside the workspace.');
  }
  if (inspection.existing === inspection.candidate) {
    // Exists: either a plain entry (its realpath is itself, under a real parent) or a link to something inside.
    const real = inspection.existingReal;
    const stats = await lstat(real);
    if (stats.isDirectory()) {
      throw new ToolFailure('is_directory', `Path ${describeRequestedPath(requested)} is a directory.`, 'Give a file path; fs_write does not replace directories.');
    }
    if (!stats.isFile()) {
      throw new ToolFailure('not_regular_file', `Path ${describeRequestedPath(requested)} is not a regular file.`, 'fs_write only writes regular files.');
    }
    return { directoryReal: dirname(real), name: basename(real), relative: relative(root.real, real), existing: stats, missingDirectories: [] };
  }
  if (!inspection.existingStats.isDirectory() && !inspection.existingStats.isSymbolicLink()) {
    throw new ToolFailure('not_a_directory', `A parent of ${describeRequestedPath(requested)} is a file, not a directory.`, 'Choose a path whose parents are directories.');
  }
  const below = relative(inspection.existing, inspection.candidate).split(sep);
  const name = below.pop()!;
  let directoryReal = inspection.existingReal;
  const missingDirectories: string[] = [];
  for (const segment of below) {
    directoryReal = join(directoryReal, segment);
    missingDirectories.push(directoryReal);
  }
  if (missingDirectories.length === 0) {
    const realStats = await lstat(directoryReal);
    if (!realStats.isDirectory()) {
      throw new ToolFailure('not_a_directory', `A parent of ${describeRequestedPath(requested)} is a file, not a directory.`, 'Choose a path whose parents are directories.');
    }
  }
  return { directoryReal, name, relative: relative(root.real, join(directoryReal, name)), missingDirectories };
}

/**
 * The real location a path names whether or not it exists (a deleted file in a diff): the realpath of its
 * deepest existing ancestor, which must be inside the root, plus the missing segments.
 */
export async function resolveContainedPath(root: WorkspaceRoot, requested: string): Promise<string> {
  const inspection = await inspect(root, requested);
  return join(inspection.existingReal, relative(inspection.existing, inspection.candidate));
}
