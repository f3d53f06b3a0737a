import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletion, ChatCompletionCreateParams } from 'openai/resources/chat/completions';
import type { HotTier } from '../hot-tier/hot-tier.js';
import type { HotTierTarget } from '../testing/hot-tier-targets.test-helper.js';
import { createResponseCache } from './create-response-cache.js';

const request: ChatCompletionCreateParams = { model: 'gpt-4o-mini', temperature: 0, messages: [{ role: 'user', content: 'capital of France?' }] };

const completion = (content: string, finishReason: ChatCompletion.Choice['finish_reason'] | null = 'stop'): ChatCompletion => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  created: 1,
  model: 'gpt-4o-mini',
  choices: [{ index: 0, finish_reason: finishReason as ChatCompletion.Choice['finish_reason'], logprobs: null, message: { role: 'assistant', content, refusal: null } }],
});

export function describeResponseCacheContract(target: HotTierTarget): void {
  describe.skipIf(target.skip)(`response cache contract: ${target.name}`, () => {
    let hotTier: HotTier;
    beforeAll(async () => {
      hotTier = await target.open();
    });
    afterAll(async () => {
      await hotTier?.close();
    });

    it('answers an identical deterministic request of the same tenant', async () => {
      const cache = createResponseCache({ hotTier });
      expect(await cache.lookup('tenant-a', request)).toBeUndefined();
      expect(await cache.store('tenant-a', request, completion('Paris'))).toBe(true);
      const reordered = { messages: [{ content: 'capital of France?', role: 'user' as const }], temperature: 0, model: 'gpt-4o-mini', stream: false };
      expect(await cache.lookup('tenant-a', reordered)).toEqual(completion('Paris'));
      expect(await cache.lookup('tenant-a', { ...request, max_tokens: 5 })).toBeUndefined();
    });

    it('never shows one tenant the entry of another', async () => {
      const cache = createResponseCache({ hotTier });
      await cache.store('tenant-b', request, completion('tenant b answer'));
      expect(await cache.lookup('tenant-c', request)).toBeUndefined();
      await cache.store('tenant-c', request, completion('tenant c answer'));
      expect((await cache.lookup('tenant-b', request))?.choices[0]?.message.content).toBe('tenant b answer');
      expect((await cache.lookup('tenant-c', request))?.choices[0]?.message.content).toBe('tenant c answer');
    });

    it('caches non-deterministic requests only when asked', async () => {
      const cache = createResponseCache({ hotTier });
      const creative = { ...request, temperature: 0.7 };
      expect(await cache.store('tenant-d', creative, completion('maybe Paris'))).toBe(false);
      expect(await cache.lookup('tenant-d', creative)).toBeUndefined();
      expect(await cache.store('tenant-d', creative, completion('maybe Paris'), { force: true })).toBe(true);
      expect(await cache.lookup('tenant-d', creative)).toBeUndefined();
      expect(await cache.lookup('tenant-d', creative, { force: true })).toEqual(completion('maybe Paris'));
      expect(cache.isCacheable({ ...request, n: 2 })).toBe(false);
    });

    it('never stores errors or partial answers', async () => {
      const cache = createResponseCache({ hotTier });
      const partialRequest = { ...request, messages: [{ role: 'user' as const, content: 'partial?' }] };
      expect(await cache.store('tenant-e', partialRequest, completion('Par', null))).toBe(false);
      expect(await cache.store('tenant-e', partialRequest, completion('Paris'), { status: 'partial' })).toBe(false);
      expect(await cache.store('tenant-e', partialRequest, completion('Paris'), { status: 'error' })).toBe(false);
      expect(await cache.lookup('tenant-e', partialRequest)).toBeUndefined();
    });

    it('treats a failing hot tier as a miss', async () => {
      const failing: HotTier = {
        ...hotTier,
        get: async () => Promise.reject(new Error('down')),
        write: async () => Promise.reject(new Error('down')),
      };
      const cache = createResponseCache({ hotTier: failing });
      expect(await cache.store('tenant-f', request, completion('Paris'))).toBe(false);
      expect(await cache.lookup('tenant-f', request)).toBeUndefined();
    });
  });
}
