import { GatewayError } from '../gateway-error.js';

export interface ProviderErrorOptions {
  provider: string;
  status: number;
  providerCode?: string;
  retryable: boolean;
  retryAfterMs?: number;
  requestId?: string;
  cause?: unknown;
}

/** An upstream answered with an error status. The message names the provider, status and upstream code, never a key. */
export class ProviderError extends GatewayError {
  readonly provider: string;
  readonly providerCode: string | undefined;
  readonly upstreamRequestId: string | undefined;

  constructor(message: string, options: ProviderErrorOptions) {
    super(message, {
      code: 'upstream_error',
      status: options.status,
      retryable: options.retryable,
      retryAfterMs: options.retryAfterMs,
      cause: options.cause,
    });
    this.name = 'ProviderError';
    this.provider = options.provider;
    this.providerCode = options.providerCode;
    this.upstreamRequestId = options.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), provider: this.provider, providerCode: this.providerCode };
  }
}
