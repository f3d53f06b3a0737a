/**
 * Estimated input tokens above which a request needs a long-context model. 32k is where the small
 * and local models most deployments keep in their cheap tiers stop (8k–32k windows), so the
 * router must not start below a model that can hold the whole request.
 */
export const DEFAULT_LONG_CONTEXT_TOKENS = 32_000;
