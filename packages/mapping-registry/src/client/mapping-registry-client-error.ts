import { GatewayError } from '@gw/providers';

/**
 * A failed call to gw's REST API. `status` is the HTTP status (504 for a timeout, 502 when the server could not
 * be reached); `message` is the server's own message, which says what to fix.
 */
export class MappingRegistryClientError extends GatewayError {
  readonly method: string;
  readonly path: string;

  constructor(message: string, options: { status: number; code: string; method: string; path: string; cause?: unknown }) {
    super(message, { status: options.status, code: options.code, retryable: options.status >= 500 || options.status === 429, cause: options.cause });
    this.name = 'MappingRegistryClientError';
    this.method = options.method;
    this.path = options.path;
  }
}
