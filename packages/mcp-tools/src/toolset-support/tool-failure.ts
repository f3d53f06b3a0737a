import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/**
 * A refusal or failure a tool reports to its caller: what is wrong and what to do about it. Thrown inside
 * handlers and turned into an `isError` result by `runToolHandler`; the message must only echo what the
 * caller sent (never a resolved path outside the root, never a stack).
 */
export class ToolFailure extends Error {
  readonly code: string;
  readonly fix: string;

  constructor(code: string, message: string, fix: string) {
    super(message);
    this.name = 'ToolFailure';
    this.code = code;
    this.fix = fix;
  }
}

export function toolFailureResult(failure: ToolFailure): CallToolResult {
  return { content: [{ type: 'text', text: `Error: ${failure.message}\nCode: ${failure.code}\nFix: ${failure.fix}` }], isError: true };
}
