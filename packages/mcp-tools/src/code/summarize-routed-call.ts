import type { CanonicalResponse } from '@gw/providers';
import type { RoutingTrace } from '@gw/router';
import type { RoutedCallSummary } from './code-agent-output-schema.js';

/** `gw.routing` when the router put one on the answer (a structural router may not). */
export function routingOf(response: CanonicalResponse): RoutingTrace | undefined {
  const routing = response.gw?.routing as RoutingTrace | undefined;
  return routing && Array.isArray(routing.attempts) ? routing : undefined;
}

/** Cost of a routed call: the trace's total (failed, rejected and judged attempts included), else the answer's own. */
export function costOf(response: CanonicalResponse): number {
  return routingOf(response)?.totalCostUsd ?? response.gw?.costUsd ?? 0;
}

export function summarizeRoutedCall(response: CanonicalResponse): RoutedCallSummary {
  const routing = routingOf(response);
  return {
    model: response.gw?.model ?? response.model,
    provider: response.gw?.provider ?? 'unknown',
    tier: response.gw?.tier ?? null,
    cost_usd: costOf(response),
    escalations: (routing?.escalations ?? []).map((escalation) => ({ from_tier: escalation.fromTier, to_tier: escalation.toTier, reason: escalation.reason })),
  };
}

/** Warnings worth passing on: an answer that failed the router's checks but was the best it got, and parameters dropped upstream. */
export function warningsOf(response: CanonicalResponse, label: string): string[] {
  const warnings: string[] = [];
  const routing = routingOf(response);
  if (routing?.verification.applied && !routing.verification.passed) {
    warnings.push(`${label}: the answer failed a check and no higher tier did better (${routing.verification.reason ?? 'no reason given'})`);
  }
  for (const warning of response.gw?.warnings ?? []) warnings.push(`${label}: ${warning}`);
  return warnings;
}
