import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { readConfinedFile } from './read-confined-file.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';

export const fsReadInputSchema = z.object({
  path: z.string().max(65_536).describe('File path relative to the workspace root (absolute paths only if inside it)'),
  encoding: z.enum(['utf8', 'base64']).default('utf8').describe('utf8 for text, base64 for binary files'),
  offset: z.number().int().min(0).default(0).describe('First byte to read'),
  length: z.number().int().min(0).optional().describe('Bytes to read (default: to the end, within the size limit)'),
});

export const fsReadOutputSchema = z.object({
  path: z.string().describe('The file, relative to the workspace root'),
  size: z.number().int().describe('Size of the whole file in bytes'),
  offset: z.number().int(),
  bytes_read: z.number().int(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});

export function createFsReadTool(context: WorkspaceToolContext): ToolDefinition {
  return defineTool({
    name: 'fs_read',
    title: 'Read a workspace file',
    description: `Read a file inside the configured workspace (up to ${context.limits.maxReadBytes} bytes per call; use offset/length for larger files). Links leaving the workspace are refused.`,
    inputSchema: fsReadInputSchema,
    outputSchema: fsReadOutputSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('fs_read', context.logger, async () => {
        const root = await context.root();
        const file = await readConfinedFile(root, input.path, { offset: input.offset, length: input.length, maxBytes: context.limits.maxReadBytes });
        const content = file.bytes.toString(input.encoding);
        const structured: z.output<typeof fsReadOutputSchema> = {
          path: file.relative,
          size: file.size,
          offset: file.offset,
          bytes_read: file.bytes.length,
          encoding: input.encoding,
          content,
        };
        return { content: [{ type: 'text', text: content }], structuredContent: structured };
      }),
  });
}
