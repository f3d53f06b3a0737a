import { ToolFailure } from '../toolset-support/tool-failure.js';
import type { CodeAgentLimits, ReadWorkspaceFile } from './code-agent-dependencies.js';
import { CodeAgentError } from './code-agent-error.js';
import { truncateText } from './truncate-text.js';

export interface TaskFile {
  path: string;
  content: string;
}

/**
 * Reads the named files in order, each cut to the per-file cap and all of them to the total cap. Messages echo
 * only the path the caller sent and the reader's own refusal text (never a resolved server path).
 */
export async function readTaskFiles(
  paths: readonly string[],
  readWorkspaceFile: ReadWorkspaceFile | undefined,
  limits: Pick<CodeAgentLimits, 'maxFileChars' | 'maxTotalFileChars'>,
): Promise<{ files: TaskFile[]; warnings: string[] }> {
  const files: TaskFile[] = [];
  const warnings: string[] = [];
  if (paths.length === 0) return { files, warnings };
  if (!readWorkspaceFile) {
    throw new CodeAgentError('The workspace is not configured, so `files` cannot be read.', {
      code: 'workspace_not_configured',
      status: 400,
      retryable: false,
      stage: 'files',
      totalCostUsd: 0,
    });
  }
  let remaining = limits.maxTotalFileChars;
  for (const path of new Set(paths)) {
    let content: string;
    try {
      content = await readWorkspaceFile(path);
    } catch (error) {
      const reason = error instanceof ToolFailure ? `: ${error.message}` : '';
      throw new CodeAgentError(`Could not read "${path}"${reason}`, {
        code: error instanceof ToolFailure ? error.code : 'file_unreadable',
        status: 400,
        retryable: false,
        stage: 'files',
        totalCostUsd: 0,
        cause: error,
      });
    }
    if (remaining <= 0) {
      warnings.push(`"${path}" was left out: the files together exceed ${limits.maxTotalFileChars} characters`);
      continue;
    }
    const cap = Math.min(limits.maxFileChars, remaining);
    const cut = truncateText(content, cap);
    if (cut.truncated) warnings.push(`"${path}" was cut to ${cap} of ${content.length} characters`);
    remaining -= Math.min(content.length, cap);
    files.push({ path, content: cut.text });
  }
  return { files, warnings };
}
