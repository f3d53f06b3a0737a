import type { GatewayMetadata } from '@gw/providers';

/** Which deployment a logged call is attributed to. */
export interface ServedDeployment {
  provider: string;
  model: string;
  tier?: number;
}

interface AttemptLike {
  purpose?: string;
  provider?: string;
  model?: string;
  tier?: number;
}

/**
 * The deployment that served (or last failed) a call: the answer's `gw` when there is one, else the last answer
 * attempt of a routing failure's trace, else the fallback the route knew before calling (the planned deployment).
 */
export function servedDeployment(gw: GatewayMetadata | undefined, error: unknown, fallback: () => ServedDeployment): ServedDeployment {
  if (gw) return { provider: gw.provider, model: gw.model, ...(gw.tier === undefined ? {} : { tier: gw.tier }) };
  const attempts = (error as { routing?: { attempts?: readonly AttemptLike[] } } | undefined)?.routing?.attempts ?? [];
  const last = attempts.filter((attempt) => attempt.purpose === 'answer' && attempt.provider && attempt.model).at(-1);
  if (last) return { provider: last.provider!, model: last.model!, ...(last.tier === undefined ? {} : { tier: last.tier }) };
  return fallback();
}
