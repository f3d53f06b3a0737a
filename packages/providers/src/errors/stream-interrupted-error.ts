import type { ChatCompletionMessageFunctionToolCall } from 'openai/resources/chat/completions';
import { GatewayError } from '../gateway-error.js';

/** What a stream had delivered before it broke, so callers can log it as partial or show it. */
export interface PartialOutput {
  content: string;
  toolCalls: ChatCompletionMessageFunctionToolCall[];
  /** How many canonical chunks reached the caller before the failure. */
  chunksDelivered: number;
}

export type StreamInterruption = 'cut' | 'malformed' | 'error_event';

/**
 * A stream ended without its terminator, carried an unparsable event, or carried an error event.
 * Never a clean end. Retryable only while nothing reached the caller.
 */
export class StreamInterruptedError extends GatewayError {
  readonly provider: string;
  readonly reason: StreamInterruption;
  readonly partial: PartialOutput;
  readonly providerCode: string | undefined;

  constructor(
    message: string,
    options: { provider: string; reason: StreamInterruption; partial: PartialOutput; providerCode?: string; status?: number; cause?: unknown },
  ) {
    super(message, {
      code: `stream_${options.reason}`,
      status: options.status ?? 502,
      retryable: options.partial.chunksDelivered === 0,
      cause: options.cause,
    });
    this.name = 'StreamInterruptedError';
    this.provider = options.provider;
    this.reason = options.reason;
    this.partial = options.partial;
    this.providerCode = options.providerCode;
  }
}
