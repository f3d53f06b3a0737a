import { GatewayError, type CanonicalMessage, type ProviderRegistry } from '@gw/providers';
import type { AttemptPurpose, RoutingAttempt } from '../execution/routing-trace.js';
import { parseReviewVerdict } from './parse-review-verdict.js';
import type { ModelVerdict } from './cross-check-outcome.js';

export interface VerdictRequest {
  readonly registry: ProviderRegistry;
  readonly model: string;
  readonly purpose: AttemptPurpose;
  readonly systemPrompt: string;
  readonly userText: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/**
 * Asks one model for a structured verdict. A failed call or an unparsable reply is `uncertain`
 * (never a pass); the attempt, with its cost, is returned for the trace either way.
 */
export async function requestVerdict(input: VerdictRequest): Promise<{ verdict: ModelVerdict; attempt: RoutingAttempt }> {
  const started = performance.now();
  const messages: CanonicalMessage[] = [
    { role: 'system', content: input.systemPrompt },
    { role: 'user', content: input.userText },
  ];
  try {
    const response = await input.registry.chat(
      { model: input.model, messages, temperature: 0, max_tokens: 512 },
      { ...(input.signal ? { signal: input.signal } : {}), ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}) },
    );
    const verdict = parseReviewVerdict(response.choices[0]?.message.content ?? '');
    const gw = response.gw;
    return {
      verdict: { model: input.model, ...verdict },
      attempt: {
        purpose: input.purpose,
        model: gw?.model ?? input.model,
        provider: gw?.provider ?? '',
        upstreamModel: gw?.upstreamModel ?? input.model,
        tier: gw?.tier ?? -1,
        outcome: 'success',
        reason: `verdict ${verdict.verdict}`,
        latencyMs: gw?.latencyMs ?? Math.round(performance.now() - started),
        costUsd: gw?.costUsd ?? 0,
      },
    };
  } catch (error) {
    if (GatewayError.isInstance(error) && error.code === 'aborted') throw error;
    const code = GatewayError.isInstance(error) ? error.code : 'unknown_error';
    return {
      verdict: { model: input.model, verdict: 'uncertain', issues: [`the ${input.purpose} call failed (${code})`], confidence: 0 },
      attempt: {
        purpose: input.purpose,
        model: input.model,
        provider: '',
        upstreamModel: input.model,
        tier: -1,
        outcome: 'failed',
        errorCode: code,
        latencyMs: Math.round(performance.now() - started),
        costUsd: 0,
      },
    };
  }
}
