import { GatewayError } from '@gw/providers';

export type MappingRegistryErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'cache_unavailable'
  | 'configuration_error';

const statusByCode: Record<MappingRegistryErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  cache_unavailable: 503,
  configuration_error: 500,
};

/**
 * A refused registry operation. The HTTP status follows from the code; the message says what to fix and is safe
 * to send to the client (it never holds a key or another user's data).
 */
export class MappingRegistryError extends GatewayError {
  constructor(code: MappingRegistryErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { code, status: statusByCode[code], retryable: code === 'cache_unavailable', cause: options.cause });
    this.name = 'MappingRegistryError';
  }
}
