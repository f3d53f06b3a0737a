import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { registerTool, type ToolDefinition } from '../tool-definition.js';

export interface ConnectedTools {
  client: Client;
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

/** A real SDK Client talking to a real McpServer (the definitions registered with registerTool) in memory. */
export async function connectTools(definitions: readonly ToolDefinition[]): Promise<ConnectedTools> {
  const server = new McpServer({ name: 'gw-test', version: '0.0.0' });
  for (const definition of definitions) registerTool(server, definition);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test-client', version: '0.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    call: (name, args) => client.callTool({ name, arguments: args }, undefined, { timeout: 60_000 }) as Promise<CallToolResult>,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

export function textOf(result: { content?: unknown }): string {
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return content.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}
