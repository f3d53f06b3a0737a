import { registerToolsets, type RegisterToolsetsOptions } from '@gw/mcp-tools';
import type { Logger } from '@gw/providers';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { mcpServerIdentity } from '../mcp/mcp-server-identity.js';

export interface McpRouteDependencies {
  /** Everything `registerToolsets` needs, already resolved (checked once when the route is registered). */
  toolsets: RegisterToolsetsOptions;
  logger: Logger;
}

function jsonRpcError(code: number, message: string): string {
  return JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null });
}

/**
 * `POST /mcp`: MCP over Streamable HTTP, stateless (a new McpServer and transport per request, no session id), with
 * the same toolsets and tool code as the stdio server. Keys are checked by the auth hook like every other route.
 * There are no server-initiated streams or sessions, so `GET` and `DELETE` answer 405 (clients expect that).
 */
export function registerMcpRoute(server: FastifyInstance, dependencies: McpRouteDependencies): void {
  const { toolsets, logger } = dependencies;
  // A toolset enabled without its settings fails the start, not the first client.
  registerToolsets(new McpServer(mcpServerIdentity), toolsets);

  server.post('/mcp', async (request, reply) => {
    const mcpServer = new McpServer(mcpServerIdentity);
    registerToolsets(mcpServer, toolsets);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    transport.onerror = (error) => logger.warn('mcp transport error', { requestId: request.id, error: error.message });
    reply.hijack();
    reply.raw.setHeader('x-request-id', request.id);
    reply.raw.on('close', () => {
      void transport.close();
      void mcpServer.close();
    });
    try {
      await mcpServer.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    } catch (error) {
      logger.error('mcp request failed', { requestId: request.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      if (!reply.raw.headersSent) {
        reply.raw.writeHead(500, { 'content-type': 'application/json' }).end(jsonRpcError(-32603, `Internal error; the server log has the details (request ${request.id}).`));
      } else if (!reply.raw.writableEnded) {
        reply.raw.end();
      }
    }
  });

  const notAllowed = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply.code(405).header('allow', 'POST').header('content-type', 'application/json').send(jsonRpcError(-32000, 'Method not allowed: this MCP endpoint is stateless; send JSON-RPC messages with POST.'));
  server.get('/mcp', notAllowed);
  server.delete('/mcp', notAllowed);
}
