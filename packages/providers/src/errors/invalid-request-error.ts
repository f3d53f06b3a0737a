import { GatewayError } from '../gateway-error.js';

/** The request cannot be sent as given (bad shape, unsupported part). The message says what to fix. */
export class InvalidRequestError extends GatewayError {
  readonly parameter: string | undefined;

  constructor(message: string, options: { parameter?: string; cause?: unknown } = {}) {
    super(message, { code: 'invalid_request', status: 400, retryable: false, cause: options.cause });
    this.name = 'InvalidRequestError';
    this.parameter = options.parameter;
  }
}
