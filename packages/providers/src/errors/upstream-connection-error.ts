import { GatewayError } from '../gateway-error.js';

/** The upstream could not be reached or dropped the connection before answering. Always retryable. */
export class UpstreamConnectionError extends GatewayError {
  readonly provider: string;

  constructor(message: string, options: { provider: string; cause?: unknown }) {
    super(message, { code: 'upstream_unreachable', status: 502, retryable: true, cause: options.cause });
    this.name = 'UpstreamConnectionError';
    this.provider = options.provider;
  }
}
