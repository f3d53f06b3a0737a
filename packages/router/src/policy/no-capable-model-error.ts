import { GatewayError } from '@gw/providers';

/** No configured model in the allowed tiers has what the request needs (capabilities or context window). */
export class NoCapableModelError extends GatewayError {
  readonly requiredCapabilities: readonly string[];
  readonly requiredContextTokens: number;

  constructor(requiredCapabilities: readonly string[], requiredContextTokens: number, tiers: { defaultTier: number; maxTier: number }) {
    super(
      `No configured model in tiers ${tiers.defaultTier}–${tiers.maxTier} has [${requiredCapabilities.join(', ')}] and a context window of ${requiredContextTokens} tokens`,
      { code: 'no_capable_model', status: 422, retryable: false },
    );
    this.name = 'NoCapableModelError';
    this.requiredCapabilities = requiredCapabilities;
    this.requiredContextTokens = requiredContextTokens;
  }
}
