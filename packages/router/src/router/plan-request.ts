import type { CanonicalRequest, ProviderRegistry } from '@gw/providers';
import { analyzeTask } from '../analyze-task/analyze-task.js';
import { planExplicitModel } from '../policy/plan-explicit-model.js';
import { planRoute, type RoutingPolicy } from '../policy/plan-route.js';
import type { PlanOptions, RoutePlan } from '../policy/route-plan.js';

function requestedOutputTokens(request: CanonicalRequest): number | undefined {
  const value = request.max_completion_tokens ?? request.max_tokens;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** `model` absent or `auto`: analyse and choose; anything else is an explicit model and names the deployments. */
export function planRequest(request: CanonicalRequest, options: PlanOptions, registry: ProviderRegistry, policy: RoutingPolicy): RoutePlan {
  const quality = options.quality ?? 'normal';
  const model = options.userModel ?? request.model;
  if (model && model !== 'auto') {
    return planExplicitModel(model, registry.resolveModel(model), {
      quality,
      budgetUsd: options.budgetUsd,
      catalog: registry.catalog.models,
      maxTier: policy.maxTier,
    });
  }
  const analysis = analyzeTask(request.messages, {
    tools: request.tools ?? null,
    tool_choice: request.tool_choice ?? null,
    response_format: request.response_format ?? null,
  });
  return planRoute({
    models: registry.catalog.models,
    analysis,
    requestedOutputTokens: requestedOutputTokens(request),
    quality,
    budgetUsd: options.budgetUsd,
    policy,
  });
}
