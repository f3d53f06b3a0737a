import type { PlanOptions } from '../policy/route-plan.js';

export interface RouteOptions extends PlanOptions {
  readonly signal?: AbortSignal;
  readonly requestId?: string;
}
