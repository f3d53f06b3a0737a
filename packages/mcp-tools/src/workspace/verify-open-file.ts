import { lstat, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { isInsideRoot } from './workspace-root.js';

/**
 * After `open`, checks that the descriptor really is inside the root, closing the check-then-open race: a
 * parent directory swapped for a link between the path check and `open` (O_NOFOLLOW guards only the last
 * component). Linux names the opened file in /proc/self/fd; elsewhere the realpath and inode must still match.
 */
export async function isOpenFileInsideRoot(handle: FileHandle, expectedPath: string, rootReal: string): Promise<boolean> {
  const opened = await handle.stat();
  try {
    const target = await readlink(`/proc/self/fd/${handle.fd}`);
    if (target.startsWith('/')) return isInsideRoot(rootReal, target.replace(/ \(deleted\)$/, ''));
  } catch {
    // No /proc: fall through to the identity check.
  }
  try {
    const again = await realpath(expectedPath);
    if (!isInsideRoot(rootReal, again)) return false;
    const current = await lstat(again);
    return current.dev === opened.dev && current.ino === opened.ino;
  } catch {
    return false;
  }
}
