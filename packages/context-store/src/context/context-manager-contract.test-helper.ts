import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContextStoreDatabase } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import type { HotTier } from '../hot-tier/hot-tier.js';
import type { StoreTarget } from '../testing/store-targets.test-helper.js';
import type { SummariserInput } from './context-types.js';
import type { ContextManagerOptions } from './create-context-manager.js';
import { createContextManager } from './create-context-manager.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The behaviour of the context manager, whatever the hot tier and the database. */
export function describeContextManagerContract(target: StoreTarget): void {
  describe.skipIf(target.skip)(`context manager contract: ${target.name}`, () => {
    let database: ContextStoreDatabase;
    let hotTier: HotTier;
    const summariserCalls: SummariserInput[] = [];
    const summariser = async (input: SummariserInput): Promise<string> => {
      summariserCalls.push(input);
      const folded = input.messages.map((message) => text(message.message.content)).join(', ');
      return `${input.previousSummary === undefined ? '' : `${input.previousSummary} | `}folded ${input.messages.length}: ${folded.slice(0, 60)}`;
    };
    const manager = (overrides: Partial<ContextManagerOptions> = {}) => createContextManager({ database, hotTier, summariser, ...overrides });

    beforeAll(async () => {
      [database, hotTier] = await Promise.all([target.openDatabase(), target.openHotTier()]);
    });
    afterAll(async () => {
      await Promise.all([database?.close(), hotTier?.close()]);
    });

    it('appends messages with sequences and reads them back, through the hot tier after the first read', async () => {
      const contextManager = manager();
      const stored = await contextManager.append('conversation-basic', [
        { role: 'user', content: 'hello' },
        { role: 'assistant', content: 'hi there' },
      ], { userId: 'user-1', project: 'project-1' });
      expect(stored.map((message) => message.sequence)).toEqual([1, 2]);
      await contextManager.append('conversation-basic', { role: 'user', content: 'how are you?' });
      const first = await contextManager.getContext('conversation-basic');
      expect(first.source).toBe('database');
      expect(first.chatMessages).toEqual([
        { role: 'user', content: 'hello' },
        { role: 'assistant', content: 'hi there' },
        { role: 'user', content: 'how are you?' },
      ]);
      await contextManager.append('conversation-basic', { role: 'assistant', content: 'fine' });
      const second = await contextManager.getContext('conversation-basic');
      expect(second.source).toBe('hot-tier');
      expect(second.messages.map((message) => message.sequence)).toEqual([1, 2, 3, 4]);
      expect(second.messages.map((message) => message.createdAt.getTime())).toEqual(
        (await manager({ hotTier: { ...hotTier, readSequenced: async () => ({ complete: false, entries: [] }) } }).getContext('conversation-basic')).messages.map(
          (message) => message.createdAt.getTime(),
        ),
      );
      const conversation = await contextManager.getConversation('conversation-basic');
      expect(conversation).toMatchObject({ id: 'conversation-basic', userId: 'user-1', project: 'project-1', messageCount: 4 });
    });

    it('returns the most recent messages that fit the token budget', async () => {
      const contextManager = manager();
      for (let index = 1; index <= 10; index += 1) {
        await contextManager.append('conversation-budget', { role: 'user', content: `message ${index} ${'x'.repeat(36)}` });
      }
      const all = await contextManager.getContext('conversation-budget');
      const perMessage = all.messages[0]?.tokenCount ?? 0;
      const context = await contextManager.getContext('conversation-budget', { tokenBudget: perMessage * 3 + 1 });
      expect(context.messages.map((message) => message.sequence)).toEqual([8, 9, 10]);
      expect(context.omittedMessageCount).toBe(7);
      expect(context.tokenCount).toBeLessThanOrEqual(perMessage * 3 + 1);
    });

    it('compresses a 120-message conversation into summary versions and a context within budget', async () => {
      summariserCalls.length = 0;
      const contextManager = manager({ compressAfterMessages: 50, keepRecentMessages: 20 });
      for (let index = 1; index <= 120; index += 1) {
        await contextManager.append('conversation-long', { role: index % 2 === 1 ? 'user' : 'assistant', content: `turn ${index}` });
      }
      // Folds at messages 51, 82 and 113 (each time 31 messages, leaving 20 verbatim).
      expect(summariserCalls.map((call) => call.messages.length)).toEqual([31, 31, 31]);
      expect(summariserCalls[1]?.previousSummary).toContain('folded 31');
      const summaries = await contextManager.listSummaries('conversation-long');
      expect(summaries.map((summary) => [summary.version, summary.coveredThroughSequence])).toEqual([
        [1, 31],
        [2, 62],
        [3, 93],
      ]);
      const context = await contextManager.getContext('conversation-long', { tokenBudget: 200 });
      expect(context.summary?.version).toBe(3);
      expect(context.tokenCount).toBeLessThanOrEqual(200);
      expect(context.messages.at(-1)?.sequence).toBe(120);
      expect(context.messages[0]?.sequence).toBeGreaterThan(93);
      expect(context.chatMessages[0]).toMatchObject({ role: 'system' });
      expect(text(context.chatMessages[0]?.content)).toContain('folded 31');
      const unlimited = await contextManager.getContext('conversation-long');
      expect(unlimited.messages.map((message) => message.sequence)).toEqual(Array.from({ length: 27 }, (_, index) => 94 + index));
    });

    it('keeps every one of 50 parallel appends, in order', async () => {
      const contextManager = manager();
      await Promise.all(
        Array.from({ length: 50 }, (_, index) => contextManager.append('conversation-parallel', { role: 'user', content: `parallel ${index}` })),
      );
      const context = await contextManager.getContext('conversation-parallel');
      expect(context.messages.map((message) => message.sequence)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      expect(context.chatMessages.map((message) => message.content)).toEqual(Array.from({ length: 50 }, (_, index) => `parallel ${index}`));
    });

    it('keeps every message when two replicas append to one conversation at once', async () => {
      const replicaA = manager();
      const replicaB = manager();
      await replicaA.getContext('conversation-replicas');
      await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          (index % 2 === 0 ? replicaA : replicaB).append('conversation-replicas', { role: 'user', content: `replica ${index}` }),
        ),
      );
      const fromHot = await replicaA.getContext('conversation-replicas');
      expect(fromHot.messages.map((message) => message.sequence)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
      expect(new Set(fromHot.chatMessages.map((message) => message.content)).size).toBe(40);
    });

    it('reads through to the database when the hot tier has nothing', async () => {
      await manager().append('conversation-cold', [{ role: 'user', content: 'remember me' }]);
      const coldManager = manager({
        hotTier: { ...hotTier, get: async () => undefined, readSequenced: async () => ({ complete: false, entries: [] }) },
      });
      const context = await coldManager.getContext('conversation-cold');
      expect(context.source).toBe('database');
      expect(context.chatMessages).toEqual([{ role: 'user', content: 'remember me' }]);
    });

    it('keeps appending when the summariser fails, and compresses on a later append', async () => {
      let failing = true;
      const contextManager = manager({
        compressAfterMessages: 5,
        keepRecentMessages: 2,
        summariser: async (input) => {
          if (failing) throw new Error('model unavailable');
          return `summary of ${input.messages.length}`;
        },
      });
      for (let index = 1; index <= 6; index += 1) await contextManager.append('conversation-flaky', { role: 'user', content: `m${index}` });
      expect(await contextManager.listSummaries('conversation-flaky')).toEqual([]);
      failing = false;
      await contextManager.append('conversation-flaky', { role: 'user', content: 'm7' });
      expect((await contextManager.listSummaries('conversation-flaky')).map((summary) => summary.summary)).toEqual(['summary of 5']);
    });

    it('creates, reads and updates TODO lists with optimistic versions', async () => {
      const contextManager = manager();
      const created = await contextManager.createTodoList({
        conversationId: 'conversation-todo',
        title: 'release',
        items: [{ text: 'write tests' }, { text: 'ship', done: false }],
      });
      expect(created.version).toBe(1);
      expect(await contextManager.getTodoList(created.id)).toEqual(created);
      const updated = await contextManager.updateTodoList(created.id, {
        expectedVersion: 1,
        items: created.items.map((item, index) => ({ ...item, done: index === 0 })),
      });
      expect(updated.version).toBe(2);
      expect((await contextManager.getTodoList(created.id))?.items.map((item) => item.done)).toEqual([true, false]);
      const conflict = await contextManager.updateTodoList(created.id, { expectedVersion: 1, title: 'stale' }).catch((error: unknown) => error);
      expect(ContextStoreError.isInstance(conflict) && conflict.code).toBe('VERSION_CONFLICT');
      const missing = await contextManager.updateTodoList('no-such-list', { title: 'x' }).catch((error: unknown) => error);
      expect(ContextStoreError.isInstance(missing) && missing.code).toBe('TODO_LIST_NOT_FOUND');
      expect(await contextManager.getTodoList('no-such-list')).toBeUndefined();
      expect((await contextManager.listTodoLists('conversation-todo')).map((list) => list.id)).toEqual([created.id]);
    });

    it('builds a handoff package with the summary, open TODO items and recent messages within budget', async () => {
      const contextManager = manager({ compressAfterMessages: 10, keepRecentMessages: 4 });
      for (let index = 1; index <= 12; index += 1) await contextManager.append('conversation-handoff', { role: 'user', content: `step ${index}` });
      await contextManager.createTodoList({
        conversationId: 'conversation-handoff',
        title: 'plan',
        items: [{ text: 'done already', done: true }, { text: 'still open' }],
      });
      const handoff = await contextManager.createHandoffPackage('conversation-handoff', {
        tokenBudget: 120,
        reason: 'answer failed the check',
        fromModel: 'small-model',
        toModel: 'large-model',
      });
      expect(handoff.summary?.version).toBe(1);
      expect(handoff.openTodoItems.map((item) => item.text)).toEqual(['still open']);
      expect(handoff.recentMessages.at(-1)?.sequence).toBe(12);
      expect(handoff.tokenCount).toBeLessThanOrEqual(120);
      expect(text(handoff.chatMessages[0]?.content)).toContain('still open');
      expect(text(handoff.chatMessages[0]?.content)).toContain('answer failed the check');
      expect(handoff.chatMessages.at(-1)).toEqual({ role: 'user', content: 'step 12' });
    });
  });
}
