import { GatewayError } from '../gateway-error.js';

export type TimeoutPhase = 'first_byte' | 'idle' | 'total';

/** The upstream was too slow: no first byte, a silent stream, or the whole request over its limit. */
export class UpstreamTimeoutError extends GatewayError {
  readonly provider: string;
  readonly phase: TimeoutPhase;
  readonly timeoutMs: number;

  constructor(options: { provider: string; phase: TimeoutPhase; timeoutMs: number; cause?: unknown }) {
    const what = {
      first_byte: 'sent no response headers',
      idle: 'sent nothing more on its stream',
      total: 'did not finish the request',
    }[options.phase];
    super(`${options.provider} upstream ${what} within ${options.timeoutMs} ms`, {
      code: `timeout_${options.phase}`,
      status: 504,
      retryable: true,
      cause: options.cause,
    });
    this.name = 'UpstreamTimeoutError';
    this.provider = options.provider;
    this.phase = options.phase;
    this.timeoutMs = options.timeoutMs;
  }
}
