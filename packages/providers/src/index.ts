export type {
  CanonicalRequest,
  CanonicalMessage,
  CanonicalTool,
  CanonicalResponse,
  CanonicalChunk,
  GatewayMetadata,
  TokenUsage,
  CostBreakdown,
} from './canonical-types.js';
export { GatewayError } from './gateway-error.js';
export type { GatewayErrorOptions } from './gateway-error.js';
