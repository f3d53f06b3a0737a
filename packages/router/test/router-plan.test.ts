import { createProviderRegistry, ModelNotFoundError, type CanonicalRequest } from '@gw/providers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../src/index.js';

// No upstream is called: plan() is pure.
const registry = createProviderRegistry({
  builtInModels: false,
  providers: [{ id: 'local', format: 'openai', baseURL: 'http://127.0.0.1:9/v1', kind: 'local' }],
  models: [
    { id: 'small-text', provider: 'local', tier: 0, price: { input: 0, output: 0 }, contextWindow: 8_000, capabilities: ['code', 'json'] },
    { id: 'cheap-vision', provider: 'local', tier: 1, price: { input: 0.2, output: 0.8 }, contextWindow: 128_000, capabilities: ['code', 'vision', 'tools', 'json'] },
    { id: 'strong', provider: 'local', tier: 2, price: { input: 3, output: 15 }, contextWindow: 200_000, capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'] },
    { id: 'premium', provider: 'local', tier: 3, price: { input: 15, output: 75 }, contextWindow: 1_000_000, capabilities: ['code', 'vision', 'tools', 'json', 'reasoning'] },
  ],
  proxy: false,
});
const router = createRouter({ registry });

describe('router.plan on real requests', () => {
  it('an explicit model bypasses the choice; an unknown one is a typed error', () => {
    const plan = router.plan({ model: 'strong', messages: [{ role: 'user', content: 'hi' }] });
    expect(plan).toMatchObject({ mode: 'explicit', startTier: 2 });
    expect(plan.steps.map((step) => step.deployments.map((deployment) => deployment.model.id))).toEqual([['strong']]);
    expect(() => router.plan({ model: 'nope', messages: [{ role: 'user', content: 'hi' }] })).toThrow(ModelNotFoundError);
  });

  it('an image needs a vision model; tools need a tools model; a long prompt needs the context', () => {
    const image: CanonicalRequest = {
      messages: [{ role: 'user', content: [{ type: 'text', text: 'What is in this picture?' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }],
    };
    const visionPlan = router.plan(image);
    expect(visionPlan.requiredCapabilities).toContain('vision');
    for (const step of visionPlan.steps) for (const deployment of step.deployments) expect(deployment.model.capabilities).toContain('vision');
    const long = router.plan({ messages: [{ role: 'user', content: 'Summarize this. '.repeat(3_000) }] });
    expect(long.steps.flatMap((step) => step.deployments.map((deployment) => deployment.model.id))).not.toContain('small-text');
  });

  it('same request, same plan (fast-check over prompts and options)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('normal', 'high', 'critical' as const), fc.option(fc.double({ min: 0, max: 0.1, noNaN: true }), { nil: undefined }), (text, quality, budgetUsd) => {
        const request: CanonicalRequest = { messages: [{ role: 'user', content: text }] };
        const options = { quality, ...(budgetUsd === undefined ? {} : { budgetUsd }) };
        expect(router.plan(structuredClone(request), options)).toEqual(router.plan(request, options));
      }),
      { numRuns: 1_000 },
    );
  });
});
