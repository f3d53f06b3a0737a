import { lstat, opendir, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';
import { resolveExistingPath } from './resolve-workspace-path.js';
import { isInsideRoot, type WorkspaceRoot } from './workspace-root.js';

export type WorkspaceEntryType = 'file' | 'directory' | 'symlink' | 'other';

export interface WorkspaceEntry {
  path: string;
  type: WorkspaceEntryType;
  size?: number;
}

export interface WorkspaceListing {
  path: string;
  entries: WorkspaceEntry[];
  truncated: boolean;
  /** Directories left unread because they changed while listing (a swap for a link) or could not be opened. */
  skipped: number;
}

export interface ListLimits {
  depth: number;
  maxEntries: number;
}

/**
 * Lists breadth first, never following links (they are reported as `symlink`, not descended), and reads a
 * directory only when its realpath is still the path we built (a directory swapped for a link is skipped).
 */
export async function listWorkspaceDirectory(root: WorkspaceRoot, requested: string, limits: ListLimits): Promise<WorkspaceListing> {
  const start = await resolveExistingPath(root, requested);
  if (!start.stats.isDirectory()) {
    throw new ToolFailure('not_a_directory', `Path ${describeRequestedPath(requested)} is not a directory.`, 'Use fs_read for files, or list its parent.');
  }
  const entries: WorkspaceEntry[] = [];
  let truncated = false;
  let skipped = 0;
  let level: string[] = [start.real];
  for (let depth = 1; depth <= limits.depth && level.length > 0 && !truncated; depth += 1) {
    const next: string[] = [];
    for (const directory of level) {
      const real = await realpath(directory).catch(() => undefined);
      if (real !== directory || !isInsideRoot(root.real, real)) {
        skipped += 1;
        continue;
      }
      let names: { name: string; kind: WorkspaceEntryType }[];
      try {
        names = [];
        for await (const dirent of await opendir(directory)) {
          const kind: WorkspaceEntryType = dirent.isSymbolicLink() ? 'symlink' : dirent.isDirectory() ? 'directory' : dirent.isFile() ? 'file' : 'other';
          names.push({ name: dirent.name, kind });
        }
      } catch {
        skipped += 1;
        continue;
      }
      names.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
      for (const { name, kind } of names) {
        if (entries.length >= limits.maxEntries) {
          truncated = true;
          break;
        }
        const full = join(directory, name);
        const entry: WorkspaceEntry = { path: relative(root.real, full), type: kind };
        if (kind === 'file') entry.size = (await lstat(full).catch(() => undefined))?.size ?? 0;
        entries.push(entry);
        if (kind === 'directory') next.push(full);
      }
      if (truncated) break;
    }
    level = next;
  }
  return { path: start.relative, entries, truncated, skipped };
}
