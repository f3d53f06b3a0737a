import { GatewayError, redactSecrets } from '@gw/providers';

export interface ErrorResponse {
  status: number;
  body: { error: { code: string; message: string } };
}

/**
 * The JSON error every route answers with: `{ error: { code, message } }`. Deliberate errors keep their status and
 * message (they say what to fix); Fastify's own 4xx (bad JSON, body too large) keep theirs; anything else is a 500
 * that tells the client nothing internal.
 */
export function toErrorResponse(error: unknown, requestId: string): ErrorResponse {
  if (GatewayError.isInstance(error)) {
    return { status: error.status, body: { error: { code: error.code, message: redactSecrets(error.message) } } };
  }
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const code = statusCode === 413 ? 'payload_too_large' : statusCode === 415 ? 'unsupported_media_type' : 'invalid_request';
    return { status: statusCode, body: { error: { code, message: (error as Error).message } } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: `Internal error; the server log has the details (request ${requestId}).` } } };
}
