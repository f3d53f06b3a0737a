import { describe, expect, it } from 'vitest';
import type { CanonicalRequest } from '../canonical-types.js';
import { collectDroppedParameterWarnings } from './collect-dropped-parameter-warnings.js';

describe('collectDroppedParameterWarnings', () => {
  it('names every parameter Anthropic lacks', () => {
    const request: CanonicalRequest = {
      messages: [{ role: 'user', content: 'hi' }],
      frequency_penalty: 0.5,
      presence_penalty: -0.2,
      n: 3,
      logit_bias: { '50256': -100 },
      logprobs: true,
      top_logprobs: 5,
      seed: 42,
      modalities: ['text', 'audio'],
      audio: { voice: 'alloy', format: 'mp3' },
      prediction: { type: 'content', content: 'draft' },
      store: true,
      metadata: { project: 'demo' },
      service_tier: 'flex',
      verbosity: 'low',
    };
    expect(collectDroppedParameterWarnings(request)).toEqual([
      'frequency_penalty is not supported by Anthropic and was dropped',
      'presence_penalty is not supported by Anthropic and was dropped',
      'n is not supported by Anthropic and was dropped',
      'logit_bias is not supported by Anthropic and was dropped',
      'logprobs is not supported by Anthropic and was dropped',
      'top_logprobs is not supported by Anthropic and was dropped',
      'seed is not supported by Anthropic and was dropped',
      'modalities is not supported by Anthropic and was dropped',
      'audio is not supported by Anthropic and was dropped',
      'prediction is not supported by Anthropic and was dropped',
      'store is not supported by Anthropic and was dropped',
      'metadata is not supported by Anthropic and was dropped',
      'service_tier is not supported by Anthropic and was dropped',
      'verbosity is not supported by Anthropic and was dropped',
    ]);
  });

  it('stays quiet about neutral defaults, nulls and translated parameters', () => {
    const request: CanonicalRequest = {
      model: 'claude-sonnet',
      messages: [{ role: 'user', content: 'hi' }],
      frequency_penalty: 0,
      presence_penalty: 0,
      n: 1,
      logit_bias: {},
      logprobs: false,
      seed: null,
      modalities: ['text'],
      store: false,
      service_tier: 'auto',
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.3,
      max_tokens: 100,
    };
    expect(collectDroppedParameterWarnings(request)).toEqual([]);
  });

  it('names parameters it does not know', () => {
    const request = { messages: [{ role: 'user', content: 'hi' }], top_k: 40 } as CanonicalRequest;
    expect(collectDroppedParameterWarnings(request)).toEqual(['top_k is not a Chat Completions parameter gw knows and was dropped']);
  });
});
