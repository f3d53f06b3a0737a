import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';

type RequestHandler = (request: { params?: { name?: unknown } }, extra: unknown) => Promise<unknown>;

interface McpServerInternals {
  _registeredTools?: Record<string, unknown>;
  server: { _requestHandlers?: Map<string, RequestHandler> };
}

const wrapped = new WeakSet<object>();

/**
 * The MCP spec makes a call to an unknown tool a protocol error (-32602), but SDK 1.32's McpServer turns it
 * into an `isError` result, which assistants then read as a failed answer and retry. This wraps the SDK's
 * `tools/call` handler so unknown names fail at the protocol level. It reaches into SDK internals, so it
 * checks their shape and leaves the SDK alone when they change (the tests notice).
 */
export function rejectUnknownTools(server: McpServer): void {
  const internals = server as unknown as McpServerInternals;
  const handlers = internals.server._requestHandlers;
  const original = handlers?.get('tools/call');
  if (!handlers || !original || wrapped.has(original)) return;
  const guarded: RequestHandler = async (request, extra) => {
    const name = request.params?.name;
    const tools = internals._registeredTools ?? {};
    if (typeof name !== 'string' || !Object.hasOwn(tools, name)) {
      throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${String(name)}. Call tools/list for the available tools.`);
    }
    return original(request, extra);
  };
  wrapped.add(guarded);
  handlers.set('tools/call', guarded);
}
