import { GatewayError } from '../gateway-error.js';

/** The caller aborted the request (its signal fired). Not retryable: nobody is waiting for the answer. */
export class RequestAbortedError extends GatewayError {
  constructor(options: { cause?: unknown } = {}) {
    // 499 is the de-facto status for "client closed request".
    super('The request was aborted by the caller', { code: 'aborted', status: 499, retryable: false, cause: options.cause });
    this.name = 'RequestAbortedError';
  }
}
