import { toErrorResponse, type ErrorResponse } from './to-error-response.js';

export interface AnthropicErrorBody {
  type: 'error';
  error: { type: string; code: string; message: string };
}

function anthropicErrorType(status: number): string {
  if (status === 400 || status === 422) return 'invalid_request_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 413) return 'request_too_large';
  if (status === 429) return 'rate_limit_error';
  if (status === 529 || status === 503) return 'overloaded_error';
  return 'api_error';
}

/** The same error as `toErrorResponse`, in Anthropic's shape (`{ type: "error", error: { type, message } }`, plus gw's `code`). */
export function toAnthropicErrorResponse(error: unknown, requestId: string): { status: number; body: AnthropicErrorBody } {
  const response: ErrorResponse = toErrorResponse(error, requestId);
  return { status: response.status, body: { type: 'error', error: { type: anthropicErrorType(response.status), ...response.body.error } } };
}
