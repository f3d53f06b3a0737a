import { constants } from 'node:fs';
import { open, readlink, type FileHandle } from 'node:fs/promises';
import { isInsideRoot } from './workspace-root.js';

export interface VerifiedDirectory {
  /**
   * A path that names exactly the opened directory: `/proc/self/fd/<fd>` on Linux (the kernel resolves it to
   * that inode, whatever happens to the path meanwhile, like openat), else the checked real path.
   */
  path: string;
  close(): Promise<void>;
}

/**
 * Opens a directory (O_DIRECTORY|O_NOFOLLOW) and checks, through the descriptor, that it is inside the root.
 * Files are then created, opened and renamed relative to the descriptor, so swapping a parent for a link after
 * the check cannot send them outside. Returns undefined when the directory is not (or no longer) inside.
 */
export async function openVerifiedDirectory(directoryReal: string, rootReal: string): Promise<VerifiedDirectory | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(directoryReal, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  const close = () => handle.close().catch(() => undefined);
  const procPath = `/proc/self/fd/${handle.fd}`;
  try {
    const target = await readlink(procPath);
    if (!isInsideRoot(rootReal, target)) {
      await close();
      return undefined;
    }
    return { path: procPath, close };
  } catch {
    // No /proc (not Linux): the realpath checks done before are the guard.
    return { path: directoryReal, close };
  }
}
