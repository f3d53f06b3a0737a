import { GatewayError } from '../gateway-error.js';

export interface TranslationErrorOptions {
  /** Defaults to `invalid_request`: the caller sent something the other API cannot express. */
  code?: string;
  /** Defaults to 400. */
  status?: number;
  retryable?: boolean;
  cause?: unknown;
}

/**
 * Raised when a request (or, with another code, an upstream answer) cannot be expressed in the other
 * API's format. The message names the exact place (`messages[3].tool_calls[0]`) so the caller can fix it.
 */
export class TranslationError extends GatewayError {
  constructor(message: string, options: TranslationErrorOptions = {}) {
    super(message, {
      code: options.code ?? 'invalid_request',
      status: options.status ?? 400,
      retryable: options.retryable ?? false,
      cause: options.cause,
    });
    this.name = 'TranslationError';
  }
}
