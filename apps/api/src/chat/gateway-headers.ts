import type { GatewayMetadata } from '@gw/providers';
import { answerCostUsd } from '../call-log/create-call-recorder.js';

/** `x-gw-model` and `x-gw-cost-usd` for a finished answer (JSON responses; streams learn the cost in their last event). */
export function gatewayHeaders(gw: GatewayMetadata): Record<string, string> {
  const cost = answerCostUsd(gw);
  return { 'x-gw-model': gw.model, ...(cost === undefined ? {} : { 'x-gw-cost-usd': cost.toFixed(10).replace(/\.?0+$/, '') || '0' }) };
}
