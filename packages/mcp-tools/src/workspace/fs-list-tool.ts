import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { listWorkspaceDirectory } from './list-workspace-directory.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';

export const fsListInputSchema = z.object({
  path: z.string().max(65_536).default('.').describe('Directory relative to the workspace root (default: the root)'),
  depth: z.number().int().min(1).default(1).describe('How many levels to descend (1 = only this directory)'),
  max_entries: z.number().int().min(1).optional().describe('Stop after this many entries'),
});

export const fsListOutputSchema = z.object({
  path: z.string(),
  entries: z.array(z.object({ path: z.string(), type: z.enum(['file', 'directory', 'symlink', 'other']), size: z.number().int().optional() })),
  truncated: z.boolean().describe('True when the entry limit stopped the listing'),
  skipped_directories: z.number().int(),
});

export function createFsListTool(context: WorkspaceToolContext): ToolDefinition {
  const { maxListDepth, maxListEntries } = context.limits;
  return defineTool({
    name: 'fs_list',
    title: 'List workspace files',
    description: `List a directory inside the configured workspace, optionally recursive (depth up to ${maxListDepth}, at most ${maxListEntries} entries). Symbolic links are shown, never followed.`,
    inputSchema: fsListInputSchema,
    outputSchema: fsListOutputSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('fs_list', context.logger, async () => {
        if (input.depth > maxListDepth) {
          throw new ToolFailure('invalid_argument', `depth ${input.depth} is over the limit of ${maxListDepth}.`, `Use a depth from 1 to ${maxListDepth}, or list a subdirectory.`);
        }
        const root = await context.root();
        const listing = await listWorkspaceDirectory(root, input.path, { depth: input.depth, maxEntries: Math.min(input.max_entries ?? maxListEntries, maxListEntries) });
        const structured: z.output<typeof fsListOutputSchema> = {
          path: listing.path,
          entries: listing.entries,
          truncated: listing.truncated,
          skipped_directories: listing.skipped,
        };
        const lines = listing.entries.map((entry) => `${entry.type === 'directory' ? `${entry.path}/` : entry.path}${entry.type === 'symlink' ? ' (symlink, not followed)' : ''}${entry.size === undefined ? '' : ` ${entry.size} B`}`);
        if (listing.entries.length === 0) lines.push(`${listing.path} is empty.`);
        if (listing.truncated) lines.push(`(listing stopped at ${listing.entries.length} entries; list a subdirectory or lower depth to see the rest)`);
        return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent: structured };
      }),
  });
}
