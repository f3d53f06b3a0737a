import { silentLogger, type CanonicalRequest, type CanonicalResponse } from '@gw/providers';
import type { AnswerChecks } from '../execution/answer-checks.js';
import { createInMemoryCooldownStore } from '../execution/create-in-memory-cooldown-store.js';
import { executeRoute } from '../execution/execute-route.js';
import type { ExecutionContext } from '../execution/execution-context.js';
import { DEFAULT_RETRY_POLICY } from '../execution/retry-policy.js';
import { sleep } from '../execution/sleep.js';
import { DEFAULT_DIFFICULTY_THRESHOLDS } from '../policy/difficulty-thresholds.js';
import type { RoutingPolicy } from '../policy/plan-route.js';
import type { PlanOptions, RoutePlan } from '../policy/route-plan.js';
import { streamRoute, type RoutedStream } from '../streaming/stream-route.js';
import { planRequest } from './plan-request.js';
import type { RouteOptions } from './route-options.js';
import type { RouterOptions } from './router-options.js';

export interface Router {
  /** What the router would do for a request (pure: no upstream call). */
  plan(request: CanonicalRequest, options?: PlanOptions): RoutePlan;
  /** Plans and executes: retries, fallbacks, checks, escalation, cross-check; the answer carries `gw.routing`. */
  route(request: CanonicalRequest, options?: RouteOptions): Promise<CanonicalResponse>;
  /** Plans and streams: retries and fallbacks only before the first token; the trace rides on the final result. */
  stream(request: CanonicalRequest, options?: RouteOptions): RoutedStream;
  readonly policy: RoutingPolicy;
}

const defaultOutputTokens = 1_024;

export function createRouter(options: RouterOptions): Router {
  const defaultTier = options.defaultTier ?? 0;
  const policy: RoutingPolicy = {
    defaultTier,
    maxTier: Math.max(defaultTier, options.maxTier ?? 3),
    difficultyThresholds: options.difficultyThresholds ?? DEFAULT_DIFFICULTY_THRESHOLDS,
    defaultOutputTokens: options.defaultOutputTokens ?? defaultOutputTokens,
  };
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const cooldown = options.cooldownStore ?? createInMemoryCooldownStore(options.now ? { now: options.now } : {});
  const logger = options.logger ?? silentLogger;

  const contextFor = (routeOptions: RouteOptions | undefined): ExecutionContext => ({
    registry: options.registry,
    retry,
    cooldown,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? sleep,
    logger,
    ...(routeOptions?.signal ? { signal: routeOptions.signal } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.firstByteTimeoutMs ? { firstByteTimeoutMs: options.firstByteTimeoutMs } : {}),
  });

  const checksFor = (routeOptions: RouteOptions | undefined): AnswerChecks => {
    const wanted = options.crossCheck === true || routeOptions?.quality === 'critical';
    const reviewers = options.reviewers ?? [];
    return {
      escalate: options.escalate ?? true,
      ...(wanted && reviewers.length > 0
        ? {
            crossCheck: {
              reviewers,
              ...(options.arbiter ? { arbiter: options.arbiter } : {}),
              ...(options.reviewPrompt ? { reviewPrompt: options.reviewPrompt } : {}),
              ...(options.arbiterPrompt ? { arbiterPrompt: options.arbiterPrompt } : {}),
            },
          }
        : {}),
      crossCheckUnavailable: wanted && reviewers.length === 0,
      ...(options.judge ? { judge: options.judge } : {}),
      ...(routeOptions?.requestId ? { requestId: routeOptions.requestId } : {}),
    };
  };

  const plan = (request: CanonicalRequest, planOptions: PlanOptions = {}): RoutePlan => planRequest(request, planOptions, options.registry, policy);

  return {
    policy,
    plan,
    async route(request, routeOptions) {
      return executeRoute(request, plan(request, routeOptions), contextFor(routeOptions), checksFor(routeOptions));
    },
    stream(request, routeOptions) {
      return streamRoute(request, plan(request, routeOptions), contextFor(routeOptions), checksFor(routeOptions));
    },
  };
}
