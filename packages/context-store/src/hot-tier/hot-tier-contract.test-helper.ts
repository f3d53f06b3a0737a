import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HotTier } from './hot-tier.js';

/** The behaviour every hot tier must share; run once per implementation. */
export function describeHotTierContract(name: string, skip: boolean, open: () => Promise<HotTier>): void {
  describe.skipIf(skip)(`hot tier contract: ${name}`, () => {
    let hotTier: HotTier;
    beforeEach(async () => {
      hotTier = await open();
    });
    afterEach(async () => {
      await hotTier?.close();
    });

    it('sets, gets and deletes strings', async () => {
      await hotTier.write([
        { type: 'set', key: 'a', value: 'one' },
        { type: 'set', key: 'b', value: 'two', ttlSeconds: 60 },
      ]);
      expect(await hotTier.get('a')).toBe('one');
      expect(await hotTier.getMany(['a', 'missing', 'b'])).toEqual(['one', undefined, 'two']);
      await hotTier.write([{ type: 'delete', key: 'a' }]);
      expect(await hotTier.get('a')).toBeUndefined();
    });

    it('expires entries after their TTL', async () => {
      await hotTier.write([{ type: 'set', key: 'short', value: 'x', ttlSeconds: 1 }]);
      expect(await hotTier.get('short')).toBe('x');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await hotTier.get('short')).toBeUndefined();
    });

    it('keeps sequenced entries ordered by sequence whatever the arrival order, capped', async () => {
      const entries = (sequences: number[]) => sequences.map((sequence) => ({ sequence, value: `message ${sequence}: a:b` }));
      await hotTier.write([{ type: 'append-sequenced', key: 'recent', entries: entries([3, 1]), maxEntries: 4 }]);
      await hotTier.write([{ type: 'append-sequenced', key: 'recent', entries: entries([2, 5, 4]), maxEntries: 4 }]);
      const list = await hotTier.readSequenced('recent');
      expect(list.complete).toBe(false);
      expect(list.entries).toEqual(entries([2, 3, 4, 5]));
    });

    it('marks a list complete on fill, merging what was appended meanwhile, and keeps the mark on append', async () => {
      const entry = (sequence: number, value = `m${sequence}`) => ({ sequence, value });
      expect(await hotTier.readSequenced('conversation')).toEqual({ complete: false, entries: [] });
      await hotTier.write([{ type: 'append-sequenced', key: 'conversation', entries: [entry(3)], maxEntries: 3 }]);
      await hotTier.write([{ type: 'fill-sequenced', key: 'conversation', entries: [entry(1), entry(2)], maxEntries: 3 }]);
      await hotTier.write([{ type: 'append-sequenced', key: 'conversation', entries: [entry(4), entry(4, 'm4 again')], maxEntries: 3 }]);
      expect(await hotTier.readSequenced('conversation')).toEqual({ complete: true, entries: [entry(2), entry(3), entry(4, 'm4 again')] });
    });

    it('marks an empty fill complete', async () => {
      await hotTier.write([{ type: 'fill-sequenced', key: 'empty', entries: [], maxEntries: 50 }]);
      expect(await hotTier.readSequenced('empty')).toEqual({ complete: true, entries: [] });
    });

    it('applies a multi-key write as a whole', async () => {
      await hotTier.write([
        { type: 'set', key: 'summary', value: 'summary 1' },
        { type: 'fill-sequenced', key: 'messages', entries: [{ sequence: 1, value: 'hello' }], maxEntries: 50 },
        { type: 'delete', key: 'stale' },
      ]);
      expect(await hotTier.get('summary')).toBe('summary 1');
      expect((await hotTier.readSequenced('messages')).entries).toEqual([{ sequence: 1, value: 'hello' }]);
    });

    it('queues values first in, first out, and requeues at the head in order', async () => {
      await hotTier.enqueue('spool', ['1', '2', '3', '4']);
      expect(await hotTier.queueLength('spool')).toBe(4);
      const taken = await hotTier.dequeue('spool', 3);
      expect(taken).toEqual(['1', '2', '3']);
      await hotTier.requeue('spool', taken);
      expect(await hotTier.dequeue('spool', 10)).toEqual(['1', '2', '3', '4']);
      expect(await hotTier.dequeue('spool', 10)).toEqual([]);
      expect(await hotTier.queueLength('spool')).toBe(0);
    });

    it('hands each queued value to exactly one of many concurrent consumers', async () => {
      const values = Array.from({ length: 200 }, (_, index) => String(index));
      await hotTier.enqueue('shared', values);
      const batches = await Promise.all(Array.from({ length: 8 }, () => hotTier.dequeue('shared', 30)));
      expect(batches.flat().sort((left, right) => Number(left) - Number(right))).toEqual(values);
    });
  });
}
