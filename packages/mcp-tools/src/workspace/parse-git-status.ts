export interface GitStatusEntry {
  path: string;
  /** Porcelain v1 status letters: index (staged) and work tree. `?` is untracked. */
  index: string;
  worktree: string;
  original_path?: string;
}

export interface GitStatus {
  branch: string;
  entries: GitStatusEntry[];
}

/** Parses `git status --porcelain=v1 -z --branch`: NUL-separated, renames followed by their source path. */
export function parseGitStatus(output: string): GitStatus {
  const fields = output.split('\0');
  let branch = '';
  const entries: GitStatusEntry[] = [];
  for (let index = 0; index < fields.length; index += 1) {
    const field = fields[index]!;
    if (field.length === 0) continue;
    if (field.startsWith('## ')) {
      branch = field.slice(3);
      continue;
    }
    const entry: GitStatusEntry = { index: field[0]!, worktree: field[1]!, path: field.slice(3) };
    if (entry.index === 'R' || entry.index === 'C') {
      entry.original_path = fields[index + 1] ?? '';
      index += 1;
    }
    entries.push(entry);
  }
  return { branch, entries };
}
