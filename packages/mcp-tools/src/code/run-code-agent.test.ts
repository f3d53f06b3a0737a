import type { MockLlm } from '@gw/mock-llm';
import type { ProviderRegistry } from '@gw/providers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CodeAgentProgress } from './code-agent-dependencies.js';
import { CodeAgentError } from './code-agent-error.js';
import {
  chatRequests,
  createCodeTestRegistry,
  createCodeTestStore,
  createRecordingRouter,
  planReplyRule,
  startCodeTestMock,
  userTextOf,
  type CodeTestStore,
  type RecordingRouter,
} from './code-agent.test-helper.js';
import { runCodeAgent } from './run-code-agent.js';

let mock: MockLlm;
let registry: ProviderRegistry;
let store: CodeTestStore;
let router: RecordingRouter;

beforeAll(async () => {
  [mock, store] = await Promise.all([startCodeTestMock(), createCodeTestStore()]);
  registry = createCodeTestRegistry(mock);
});
afterAll(async () => {
  await registry.close();
  await mock.close();
  await store.database.close();
});
beforeEach(() => {
  mock.reset();
  router = createRecordingRouter(registry);
});

async function stoppedBy(promise: Promise<unknown>): Promise<CodeAgentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CodeAgentError) return error;
    throw error;
  }
  throw new Error('expected runCodeAgent to stop');
}

describe('runCodeAgent', () => {
  it('returns the code, the TODO state and the costs, and reports each finished step', async () => {
    mock.setRules([planReplyRule(['First', 'Second'])]);
    const progress: CodeAgentProgress[] = [];
    const output = await runCodeAgent(
      { task: 'Write a sum function', conversation_id: 'conversation-direct' },
      { router, contextManager: store.contextManager, userId: 'user-direct', onStepDone: (event) => void progress.push(event) },
    );
    expect(progress).toEqual([
      { step: 1, totalSteps: 2, title: 'First', model: 'coder-small' },
      { step: 2, totalSteps: 2, title: 'Second', model: 'coder-small' },
    ]);
    expect(output.code).toMatch(/^\[coder-small\] echo: # Task\nWrite a sum function/);
    expect(output.todo.items).toEqual([
      { text: 'First', done: true },
      { text: 'Second', done: true },
    ]);
    expect(output.total_cost_usd).toBeCloseTo(router.traces.reduce((sum, trace) => sum + trace.totalCostUsd, 0), 12);
    expect(output.warnings).toEqual([]);
    const stored = await store.readFromDatabase().getTodoList(output.todo.id);
    expect(stored).toMatchObject({ userId: 'user-direct', conversationId: 'conversation-direct', title: 'code_agent: Write a sum function', version: 3 });
  });

  it('stops with the step, the TODO state and the money spent, the failed attempts included', async () => {
    mock.setRules([planReplyRule(['Works', { title: 'Breaks', detail: 'Now [[mock: status=503]]' }])]);
    const error = await stoppedBy(runCodeAgent({ task: 'Write a sum function' }, { router, contextManager: store.contextManager }));
    expect(error).toMatchObject({ stage: 'step', stepNumber: 2, stepTitle: 'Breaks', code: 'routing_failed', status: 503, retryable: true });
    expect(error.todo!.items).toEqual([
      { text: 'Works', done: true },
      { text: 'Breaks', done: false },
    ]);
    expect(error.completedSteps.map((step) => step.title)).toEqual(['Works']);
    expect(error.plan?.model).toBe('coder-small');
    // The two successful calls' traces; the failed step's attempts errored and cost nothing upstream.
    expect(error.totalCostUsd).toBeCloseTo(router.traces.reduce((sum, trace) => sum + trace.totalCostUsd, 0), 12);
    expect(error.totalCostUsd).toBeGreaterThan(0);
  });

  it('stops between steps when the signal is aborted, keeping done items done', async () => {
    mock.setRules([planReplyRule(['First', 'Second', 'Third'])]);
    const controller = new AbortController();
    const error = await stoppedBy(
      runCodeAgent(
        { task: 'Write a sum function' },
        { router, contextManager: store.contextManager, signal: controller.signal, onStepDone: () => controller.abort() },
      ),
    );
    expect(error).toMatchObject({ code: 'aborted', retryable: false });
    expect(error.message).toContain('before step 2 of 3');
    expect(error.todo!.items.map((item) => item.done)).toEqual([true, false, false]);
    expect(chatRequests(mock)).toHaveLength(2);
  });

  it('passes the signal into the routed call', async () => {
    mock.setRules([planReplyRule(['Slow step']), 'latency=2000 times=2']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await stoppedBy(runCodeAgent({ task: 'Write a sum function' }, { router, contextManager: store.contextManager, signal: controller.signal }));
    expect(error.code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('stops rather than overwrite a TODO list someone else changed', async () => {
    mock.setRules([planReplyRule(['First', 'Second'])]);
    const renamed: string[] = [];
    const conflict = await stoppedBy(
      runCodeAgent(
        { task: 'Write a sum function', conversation_id: 'conversation-shared' },
        {
          router,
          contextManager: store.contextManager,
          onStepDone: async () => {
            // Another client edits the list between steps.
            const [list] = await store.contextManager.listTodoLists('conversation-shared');
            renamed.push((await store.contextManager.updateTodoList(list!.id, { title: 'renamed by a user' })).title);
          },
        },
      ),
    );
    expect(renamed).toEqual(['renamed by a user']);
    expect(conflict).toMatchObject({ stage: 'todo', code: 'todo_conflict', status: 409, stepNumber: 2 });
    expect(conflict.todo!.items.map((item) => item.done)).toEqual([true, false]);
  });

  it('cuts existing code and the previous answer to the limits, with warnings', async () => {
    mock.setRules([planReplyRule(['First', 'Second']), 'model=coder-small words=50']);
    const output = await runCodeAgent(
      { task: 'Write a sum function', context: { existingCode: 'y'.repeat(300) } },
      { router, contextManager: store.contextManager, limits: { maxExistingCodeChars: 100, maxPreviousOutputChars: 20 } },
    );
    expect(output.warnings).toEqual([
      'context.existingCode was cut to 100 of 300 characters',
      "step 1's answer was cut to 20 characters for step 2",
    ]);
    const secondStep = userTextOf(chatRequests(mock)[2]!.body);
    expect(secondStep).toContain(`${'y'.repeat(100)}\n[… 200 more characters cut]`);
    expect(secondStep).toContain('# Result of step 1 (First)\n```\nword1 word2 word3 wo\n[…');
  });

  it('refuses files without a reader before calling anything', async () => {
    const error = await stoppedBy(runCodeAgent({ task: 'Refactor', files: ['a.ts'] }, { router, contextManager: store.contextManager }));
    expect(error).toMatchObject({ stage: 'files', code: 'workspace_not_configured', status: 400, totalCostUsd: 0 });
    expect(router.requests).toHaveLength(0);
  });
});
