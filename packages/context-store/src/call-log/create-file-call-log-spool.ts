import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CallLogSpool } from './call-log-spool.js';

/**
 * Spools to a JSON-lines file (one process per file), synced to disk on every append so a crash loses nothing
 * that was spooled. Meant for outages: it rewrites the file on `take`.
 */
export function createFileCallLogSpool(path: string): CallLogSpool {
  let chain: Promise<unknown> = Promise.resolve();
  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.then(task, task);
    chain = result.catch(() => undefined);
    return result;
  };

  const readLines = async (): Promise<string[]> => {
    try {
      return (await readFile(path, 'utf8')).split('\n').filter((line) => line !== '');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };

  const writeLines = async (lines: readonly string[], flag: 'a' | 'w', target = path): Promise<void> => {
    await mkdir(dirname(target), { recursive: true });
    const handle = await open(target, flag);
    try {
      if (lines.length > 0) await handle.write(`${lines.join('\n')}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  };

  // Write the remainder beside the file and rename it over, so a crash leaves either the old or the new file.
  const replaceLines = async (lines: readonly string[]): Promise<void> => {
    if (lines.length === 0) {
      await rm(path, { force: true });
      return;
    }
    const temporary = `${path}.${process.pid}.tmp`;
    await writeLines(lines, 'w', temporary);
    await rename(temporary, path);
  };

  return {
    name: `file:${path}`,
    append: (rows) => serialised(() => writeLines(rows, 'a')),
    take: (count) =>
      serialised(async () => {
        const lines = await readLines();
        const taken = lines.slice(0, count);
        if (taken.length > 0) await replaceLines(lines.slice(count));
        return taken;
      }),
    putBack: (rows) =>
      serialised(async () => {
        if (rows.length > 0) await replaceLines([...rows, ...(await readLines())]);
      }),
    size: () => serialised(async () => (await readLines()).length),
  };
}
