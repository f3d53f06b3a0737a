import type { CanonicalRequest } from '../canonical-types.js';

/** Parameters convertToAnthropicRequest translates, or that are not the upstream's business (`stream_options` is the adapter's). */
const translatedParameters: ReadonlySet<string> = new Set([
  'messages',
  'model',
  'stream',
  'stream_options',
  'max_tokens',
  'max_completion_tokens',
  'temperature',
  'top_p',
  'stop',
  'user',
  'safety_identifier',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'response_format',
  'reasoning_effort',
]);

const always = (): boolean => true;
const isNonEmptyObject = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.keys(value).length > 0;
const isNonEmptyArray = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

/**
 * Parameters Anthropic has no counterpart for, each with a test of whether the value asks for anything:
 * clients often send neutral defaults (`n: 1`, `presence_penalty: 0`), and dropping those changes nothing.
 */
const unsupportedParameters: Readonly<Record<string, (value: unknown) => boolean>> = {
  frequency_penalty: (value) => value !== 0,
  presence_penalty: (value) => value !== 0,
  n: (value) => value !== 1,
  logit_bias: isNonEmptyObject,
  logprobs: (value) => value === true,
  top_logprobs: (value) => value !== 0,
  seed: always,
  modalities: (value) => Array.isArray(value) && value.some((modality) => modality !== 'text'),
  audio: always,
  prediction: always,
  functions: isNonEmptyArray,
  function_call: always,
  metadata: isNonEmptyObject,
  store: (value) => value === true,
  service_tier: (value) => value !== 'auto' && value !== 'default',
  verbosity: always,
  web_search_options: always,
  prompt_cache_key: always,
  prompt_cache_retention: always,
  prompt_cache_options: always,
  moderation: always,
};

/** One warning for every request parameter that will not reach Anthropic, so nothing is dropped silently. */
export function collectDroppedParameterWarnings(request: CanonicalRequest): string[] {
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(request)) {
    if (value === undefined || value === null || translatedParameters.has(name)) continue;
    const asksForSomething = unsupportedParameters[name];
    if (asksForSomething === undefined) {
      warnings.push(`${name} is not a Chat Completions parameter gw knows and was dropped`);
    } else if (asksForSomething(value)) {
      warnings.push(`${name} is not supported by Anthropic and was dropped`);
    }
  }
  return warnings;
}
