import type { ClientCallOptions, MappingRegistryClient } from '@gw/mapping-registry';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from '../logger/create-stderr-logger.js';
import { toolFailure, toolInputFailure } from './tool-result.js';

export interface ToolContext {
  client: MappingRegistryClient;
  logger: Logger;
  /** Whether AIGATEWAY_API_KEY is set (tool calls may still bring their own `api_key`). */
  hasDefaultKey: boolean;
}

/**
 * Runs one tool call against the REST API: picks the key (`api_key` argument, else AIGATEWAY_API_KEY), turns every
 * failure into an `isError` result, and logs the outcome without the key.
 */
export async function runTool(
  context: ToolContext,
  tool: string,
  apiKey: string | undefined,
  action: (options: ClientCallOptions) => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const key = apiKey?.trim() ? apiKey.trim() : undefined;
  if (!key && !context.hasDefaultKey) {
    return toolInputFailure('No API key: set AIGATEWAY_API_KEY in the server environment (or pass api_key, an ak_… key from your gw admin).');
  }
  const started = performance.now();
  try {
    const result = await action(key ? { apiKey: key } : {});
    context.logger.info('tool call', { tool, ok: true, ms: Math.round(performance.now() - started) });
    return result;
  } catch (error) {
    const failure = toolFailure(error);
    context.logger.warn('tool call failed', { tool, status: (failure.structuredContent as { error: { status: number } }).error.status, ms: Math.round(performance.now() - started) });
    return failure;
  }
}

/** The source spec sent "" for "leave unchanged"; treat empty strings as absent. */
export function given(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
