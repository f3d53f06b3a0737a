import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';
import { withWorkspaceLock } from './workspace-lock.js';
import { writeFileAtomically } from './write-file-atomically.js';

export const fsWriteInputSchema = z.object({
  path: z.string().max(65_536).describe('File path relative to the workspace root'),
  content: z.string().describe('The whole new content of the file'),
  encoding: z.enum(['utf8', 'base64']).default('utf8').describe('How content is encoded: utf8 text or base64 bytes'),
  create_directories: z.boolean().default(true).describe('Create missing parent directories (inside the workspace)'),
});

export const fsWriteOutputSchema = z.object({
  path: z.string(),
  bytes_written: z.number().int(),
  created: z.boolean().describe('True when the file did not exist before'),
});

export function createFsWriteTool(context: WorkspaceToolContext): ToolDefinition {
  return defineTool({
    name: 'fs_write',
    title: 'Write a workspace file',
    description: `Create or replace a file inside the configured workspace, atomically (up to ${context.limits.maxWriteBytes} bytes). Links leaving the workspace are refused.`,
    inputSchema: fsWriteInputSchema,
    outputSchema: fsWriteOutputSchema,
    // Replaces existing content (destructive); writing the same content twice leaves the same file (idempotent).
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('fs_write', context.logger, async () => {
        if (context.limits.readOnly) {
          throw new ToolFailure('read_only', 'The workspace is read-only on this server.', 'Ask the operator to unset GW_WORKSPACE_READ_ONLY if writes are intended.');
        }
        const bytes = Buffer.from(input.content, input.encoding);
        if (bytes.length > context.limits.maxWriteBytes) {
          throw new ToolFailure('too_large', `The content is ${bytes.length} bytes; fs_write accepts at most ${context.limits.maxWriteBytes}.`, 'Write a smaller file.');
        }
        const root = await context.root();
        const outcome = await withWorkspaceLock(root.real, () => writeFileAtomically(root, input.path, bytes, input.create_directories));
        const structured: z.output<typeof fsWriteOutputSchema> = { path: outcome.relative, bytes_written: outcome.bytes, created: outcome.created };
        return {
          content: [{ type: 'text', text: `${outcome.created ? 'Created' : 'Replaced'} ${outcome.relative} (${outcome.bytes} bytes).` }],
          structuredContent: structured,
        };
      }),
  });
}
