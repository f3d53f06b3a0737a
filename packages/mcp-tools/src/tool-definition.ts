import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';

/** What the SDK hands a tool handler: the abort signal, the request `_meta` (progress token) and `sendNotification`. */
export type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** One MCP tool: zod schemas for its input and structured output, truthful annotations, and the handler. */
export interface ToolDefinition<Input extends z.ZodObject = z.ZodObject, Output extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  inputSchema: Input;
  outputSchema?: Output;
  annotations: ToolAnnotations;
  handler(input: z.output<Input>, extra: ToolExtra): Promise<CallToolResult>;
}

/** Keeps the handler's input type tied to the schema while the toolset stores definitions uniformly. */
export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(definition: ToolDefinition<Input, Output>): ToolDefinition {
  return definition as unknown as ToolDefinition;
}

export function registerTool(server: McpServer, definition: ToolDefinition): void {
  server.registerTool(
    definition.name,
    {
      title: definition.title,
      description: definition.description,
      inputSchema: definition.inputSchema,
      ...(definition.outputSchema ? { outputSchema: definition.outputSchema } : {}),
      annotations: { title: definition.title, ...definition.annotations },
    },
    (input: unknown, extra: ToolExtra) => definition.handler(input as z.output<z.ZodObject>, extra),
  );
}
