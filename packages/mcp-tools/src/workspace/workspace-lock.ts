const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier call for the same root has finished. fs_write and the git tools take it, so a
 * write (say to .git/objects/info/alternates) cannot slip between a git command's checks and its run.
 */
export async function withWorkspaceLock<Result>(rootReal: string, work: () => Promise<Result>): Promise<Result> {
  const previous = tails.get(rootReal) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(work);
  const tail = current.catch(() => undefined);
  tails.set(rootReal, tail);
  try {
    return await current;
  } finally {
    if (tails.get(rootReal) === tail) tails.delete(rootReal);
  }
}
