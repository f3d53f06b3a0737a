import type { CallOptions, CatalogModel } from '@gw/providers';
import type { ExecutionContext } from './execution-context.js';

export function callOptionsFor(deployment: CatalogModel, context: ExecutionContext, requestId: string | undefined): CallOptions {
  return {
    target: deployment,
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}),
    ...(context.firstByteTimeoutMs ? { firstByteTimeoutMs: context.firstByteTimeoutMs } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
