import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The project's own runner: `node_modules/.bin/<name>` in the root or the nearest ancestor holding one (npm
 * workspaces hoist bins to the monorepo root), as `npx --no-install` would find it, without npx's download path.
 */
export async function findLocalBinary(rootReal: string, name: string): Promise<string | undefined> {
  let directory = rootReal;
  for (;;) {
    const candidate = join(directory, 'node_modules', '.bin', name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; try the parent.
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}
