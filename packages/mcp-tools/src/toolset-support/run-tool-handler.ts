import type { Logger } from '@gw/providers';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ToolFailure, toolFailureResult } from './tool-failure.js';

/**
 * Runs a handler body so that nothing escapes as a throw: known refusals become their own message, anything
 * else a generic one (its text may hold server paths or internals, so it goes to the logger only by name).
 */
export async function runToolHandler(toolName: string, logger: Logger, body: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ToolFailure) return toolFailureResult(error);
    logger.warn(`${toolName} failed unexpectedly`, { error: error instanceof Error ? error.name : typeof error, code: (error as { code?: unknown })?.code });
    return toolFailureResult(
      new ToolFailure('internal_error', `${toolName} failed unexpectedly.`, 'Retry once; if it repeats, report it to the gw operator (details are in the server log).'),
    );
  }
}
