import { todoLists } from '@gw/context-store';
import type { MockLlm } from '@gw/mock-llm';
import type { ProviderRegistry } from '@gw/providers';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import type { CodeAgentOutput } from './code-agent-output-schema.js';
import type { CodeToolsetOptions } from './code-toolset-options.js';
import {
  chatRequests,
  connectCodeToolset,
  createCodeTestRegistry,
  createCodeTestStore,
  createRecordingRouter,
  planReplyRule,
  startCodeTestMock,
  textOf,
  userTextOf,
  type CodeTestStore,
  type ConnectedCodeToolset,
  type RecordingRouter,
} from './code-agent.test-helper.js';

let mock: MockLlm;
let registry: ProviderRegistry;
let store: CodeTestStore;
let router: RecordingRouter;
let connected: ConnectedCodeToolset | undefined;

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
afterEach(async () => {
  await connected?.close();
  connected = undefined;
});

async function connect(options: Partial<CodeToolsetOptions> = {}): Promise<ConnectedCodeToolset> {
  connected = await connectCodeToolset({ router, contextManager: store.contextManager, secrets: ['test-openai-key', 'test-anthropic-key'], ...options });
  return connected;
}

async function callCodeAgent(args: Record<string, unknown>, options: Partial<CodeToolsetOptions> = {}, onprogress?: (progress: { progress: number; total?: number; message?: string }) => void) {
  const { client } = await connect(options);
  return (await client.callTool({ name: 'code_agent', arguments: args }, undefined, onprogress ? { onprogress } : undefined)) as CallToolResult;
}

const structured = (result: CallToolResult) => result.structuredContent as CodeAgentOutput;

describe('tools/list', () => {
  it('lists code_agent with its schemas and truthful annotations', async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['code_agent']);
    const tool = tools[0]!;
    expect(tool.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
    expect(tool.inputSchema.required).toEqual(['task']);
    expect(Object.keys(tool.inputSchema.properties ?? {})).toEqual(['task', 'context', 'quality', 'files', 'conversation_id', 'max_steps']);
    expect(Object.keys(tool.outputSchema?.properties ?? {})).toEqual(expect.arrayContaining(['code', 'todo', 'steps', 'total_cost_usd', 'saving_usd', 'warnings']));
  });
});

describe('code_agent', () => {
  it('plans, runs every step through the router, keeps the TODO list and adds up the cost', async () => {
    mock.setRules([planReplyRule(['Write the parser', 'Handle errors', 'Add tests'])]);
    const result = await callCodeAgent({
      task: 'Write a CSV parser function',
      context: { language: 'TypeScript', framework: 'Node 20', existingCode: 'export type Row = string[];', requirements: ['no dependencies', 'quoted fields'] },
      conversation_id: 'conversation-csv',
    });
    expect(result.isError).toBeFalsy();
    const output = structured(result);

    // One plan call and one call per step, in that order.
    const requests = chatRequests(mock);
    expect(requests).toHaveLength(4);
    const planBody = requests[0]!.body as { response_format?: { type: string; json_schema: { schema: { properties: { steps: { maxItems: number } } } } } };
    expect(planBody.response_format?.type).toBe('json_schema');
    expect(planBody.response_format?.json_schema.schema.properties.steps.maxItems).toBe(4);
    const stepTexts = requests.slice(1).map((request) => userTextOf(request.body));
    for (const text of stepTexts) {
      expect(text).toContain('Write a CSV parser function');
      expect(text).toContain('Language: TypeScript');
      expect(text).toContain('Framework: Node 20');
      expect(text).toContain('- quoted fields');
      expect(text).toContain('export type Row = string[];');
      expect(text).toContain('1. Write the parser');
      expect(text).toContain('3. Add tests');
    }
    expect(stepTexts[0]).toContain('# Now: step 1 of 3: Write the parser\nDo: Write the parser');
    expect(stepTexts[1]).toContain('# Result of step 1 (Write the parser)');
    expect(stepTexts[1]).toContain('[coder-small] echo: # Task');
    expect(stepTexts[2]).toContain('# Now: step 3 of 3: Add tests');
    expect(stepTexts[2]).not.toContain('Do: Handle errors');

    // The answer is the last step's output.
    expect(textOf(result)).toBe(output.code);
    expect(output.code).toMatch(/^\[coder-small\] echo: # Task\nWrite a CSV parser function/);

    // Routing summary per call, and a total that is every trace's cost.
    expect(output.steps.map((step) => step.title)).toEqual(['Write the parser', 'Handle errors', 'Add tests']);
    expect(router.traces).toHaveLength(4);
    expect(output.plan).toMatchObject({ model: 'coder-small', provider: 'mock-openai', tier: 1, escalations: [] });
    expect(output.plan.cost_usd).toBe(router.traces[0]!.totalCostUsd);
    output.steps.forEach((step, index) => {
      expect(step).toMatchObject({ model: 'coder-small', provider: 'mock-openai', tier: 1, escalations: [] });
      expect(step.cost_usd).toBe(router.traces[index + 1]!.totalCostUsd);
      expect(step.cost_usd).toBeGreaterThan(0);
    });
    const traceTotal = router.traces.reduce((sum, trace) => sum + trace.totalCostUsd, 0);
    expect(output.total_cost_usd).toBeCloseTo(traceTotal, 12);
    expect(output.saving_usd).toBeCloseTo(router.traces.reduce((sum, trace) => sum + (trace.savingUsd ?? 0), 0), 12);

    // The TODO list is in the database, every item done, linked to the conversation.
    expect(output.todo.items).toEqual([
      { text: 'Write the parser', done: true },
      { text: 'Handle errors', done: true },
      { text: 'Add tests', done: true },
    ]);
    const stored = await store.readFromDatabase().getTodoList(output.todo.id);
    expect(stored).toMatchObject({ conversationId: 'conversation-csv', version: 4 });
    expect(stored!.items.map((item) => [item.text, item.done])).toEqual([
      ['Write the parser', true],
      ['Handle errors', true],
      ['Add tests', true],
    ]);
    expect((await store.contextManager.listTodoLists('conversation-csv')).map((list) => list.id)).toContain(output.todo.id);
  });

  it('sends one progress notification per step', async () => {
    mock.setRules([planReplyRule(['One', 'Two'])]);
    const notifications: { progress: number; total?: number; message?: string }[] = [];
    const result = await callCodeAgent({ task: 'Write a sum function' }, {}, (progress) => notifications.push(progress));
    expect(result.isError).toBeFalsy();
    expect(notifications).toEqual([
      { progress: 1, total: 2, message: 'Step 1 of 2 done: One (coder-small)' },
      { progress: 2, total: 2, message: 'Step 2 of 2 done: Two (coder-small)' },
    ]);
  });

  it('honours max_steps: the schema asks for at most that many and a longer plan is cut', async () => {
    // With escalation off the router returns the over-long plan it rejected; the agent still runs only max_steps.
    router = createRecordingRouter(registry, { escalate: false });
    mock.setRules([planReplyRule(['A', 'B', 'C', 'D', 'E'])]);
    const result = await callCodeAgent({ task: 'Write a sum function', max_steps: 2 });
    expect(result.isError).toBeFalsy();
    const output = structured(result);
    expect(output.steps.map((step) => step.title)).toEqual(['A', 'B']);
    expect(output.todo.items.map((item) => item.text)).toEqual(['A', 'B']);
    expect(output.warnings).toEqual(
      expect.arrayContaining([
        'the plan had 5 steps; only the first 2 were run (max_steps)',
        expect.stringMatching(/^plan: the answer failed a check .*must NOT have more than 2 items/),
      ]),
    );
    const requests = chatRequests(mock);
    expect(requests).toHaveLength(3);
    const planBody = requests[0]!.body as { response_format: { json_schema: { schema: { properties: { steps: { maxItems: number } } } } } };
    expect(planBody.response_format.json_schema.schema.properties.steps.maxItems).toBe(2);
    expect((planBody as unknown as { messages: { content: string }[] }).messages[0]!.content).toContain('at most 2');
  });

  it('escalates a plan that does not match the schema and counts both attempts', async () => {
    mock.setRules(['json=mismatch times=1']);
    const result = await callCodeAgent({ task: 'Write a sum function', quality: 'normal' });
    expect(result.isError).toBeFalsy();
    const output = structured(result);
    expect(output.plan).toMatchObject({ model: 'coder-large', provider: 'mock-anthropic', tier: 2 });
    expect(output.plan.escalations).toHaveLength(1);
    // The mock fills schema strings with example-<property>.
    expect(output.steps.map((step) => step.title)).toEqual(['example-title']);
    expect(router.traces[0]!.attempts.map((attempt) => attempt.outcome)).toEqual(['rejected', 'success']);
    expect(output.plan.cost_usd).toBe(router.traces[0]!.totalCostUsd);
    expect(output.total_cost_usd).toBeCloseTo(router.traces[0]!.totalCostUsd + router.traces[1]!.totalCostUsd, 12);
  });

  it('passes quality through to the router', async () => {
    mock.setRules([planReplyRule(['Only step'])]);
    const result = await callCodeAgent({ task: 'Write a sum function', quality: 'critical' });
    expect(result.isError).toBeFalsy();
    expect(router.traces.map((trace) => trace.quality)).toEqual(['critical', 'critical']);
    expect(structured(result).steps[0]).toMatchObject({ model: 'coder-large', tier: 2 });
  });

  it('reads files through the injected reader, labelled with their paths and capped', async () => {
    mock.setRules([planReplyRule(['Refactor'])]);
    const read: string[] = [];
    const contents: Record<string, string> = { 'src/math.ts': 'export const add = (a: number, b: number) => a + b;', 'src/big.ts': 'x'.repeat(500) };
    const readWorkspaceFile = async (path: string) => {
      read.push(path);
      return contents[path]!;
    };
    const result = await callCodeAgent({ task: 'Refactor math', files: ['src/math.ts', 'src/big.ts'] }, { readWorkspaceFile, limits: { maxFileChars: 100 } });
    expect(result.isError).toBeFalsy();
    expect(read).toEqual(['src/math.ts', 'src/big.ts']);
    const stepText = userTextOf(chatRequests(mock)[1]!.body);
    expect(stepText).toContain('# File: src/math.ts\n```\nexport const add = (a: number, b: number) => a + b;\n```');
    expect(stepText).toContain(`# File: src/big.ts\n\`\`\`\n${'x'.repeat(100)}\n[… 400 more characters cut]`);
    expect(structured(result).warnings).toContain('"src/big.ts" was cut to 100 of 500 characters');
  });

  it('refuses files when no workspace is configured, before any upstream call', async () => {
    const result = await callCodeAgent({ task: 'Refactor math', files: ['src/math.ts'] });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/workspace is not configured/);
    expect(chatRequests(mock)).toHaveLength(0);
  });

  it("reports the workspace reader's refusal with the path as given", async () => {
    const readWorkspaceFile = async (path: string): Promise<string> => {
      throw new ToolFailure('outside_root', `"${path}" is outside the workspace root.`, 'Use a path inside the workspace.');
    };
    const result = await callCodeAgent({ task: 'Refactor math', files: ['../etc/passwd'] }, { readWorkspaceFile });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('Could not read "../etc/passwd": "../etc/passwd" is outside the workspace root.');
    expect(chatRequests(mock)).toHaveLength(0);
  });

  it('a step the upstream rejects ends in an error naming the step, with earlier steps done', async () => {
    // The directive rides in step 2's detail, which only step 2's prompt carries.
    mock.setRules([planReplyRule(['Write the parser', { title: 'Handle errors', detail: 'Throw typed errors [[mock: status=400]]' }, 'Add tests'])]);
    const result = await callCodeAgent({ task: 'Write a CSV parser function' });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(/^Error: Step 2 of 3 \("Handle errors"\) failed: /);
    expect(text).toContain('Failed step: 2 ("Handle errors")');
    expect(text).toContain('Status: 400');
    expect(text).toContain('Retry: will not help without a change.');
    expect(text).toMatch(/TODO list \S+ \(1 of 3 done\):\n {2}\[x\] Write the parser\n {2}\[ \] Handle errors\n {2}\[ \] Add tests/);
    expect(text).not.toContain('test-openai-key');
    // A 400 is the request's fault: not retried, not escalated.
    expect(chatRequests(mock)).toHaveLength(3);

    const id = /TODO list (\S+) /.exec(text)![1]!;
    const stored = await store.readFromDatabase().getTodoList(id);
    expect(stored!.items.map((item) => item.done)).toEqual([true, false, false]);
  });

  it('a step every tier fails says a retry may help and counts the failed attempts', async () => {
    mock.setRules([planReplyRule([{ title: 'Write it', detail: 'Now [[mock: status=503]]' }, 'Test it'])]);
    const result = await callCodeAgent({ task: 'Write a sum function' });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(/^Error: Step 1 of 2 \("Write it"\) failed: Every planned deployment failed/);
    expect(text).toContain('Status: 503 (routing_failed)');
    expect(text).toContain('Retry: may help');
    expect(text).toMatch(/\(0 of 2 done\):\n {2}\[ \] Write it\n {2}\[ \] Test it/);
    const models = chatRequests(mock).slice(1).map((request) => (request.body as { model: string }).model);
    expect(new Set(models)).toEqual(new Set(['coder-small', 'coder-large']));
  });

  it('a failed plan creates no TODO list', async () => {
    mock.setRules(['status=500']);
    const before = await store.database.db.$count(todoLists);
    const result = await callCodeAgent({ task: 'Write a sum function', conversation_id: 'conversation-failed-plan' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Error: Planning failed: /);
    expect(textOf(result)).toContain('Failed stage: plan');
    expect(textOf(result)).not.toMatch(/TODO list \S+ \(/);
    expect(await store.database.db.$count(todoLists)).toBe(before);
  });

  it.each([
    [{ task: '' }, /task/],
    [{ task: '   ' }, /task must not be empty/],
    [{ task: 'x', max_steps: 9 }, /max_steps/],
    [{ task: 'x', max_steps: 0 }, /max_steps/],
    [{ task: 'x', quality: 'best' }, /quality/],
    [{ task: 'x', context: { requirements: 'one' } }, /requirements/],
  ])('rejects bad input %j with the validation message', async (args, pattern) => {
    const result = await callCodeAgent(args);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Input validation error/);
    expect(textOf(result)).toMatch(pattern);
    expect(chatRequests(mock)).toHaveLength(0);
  });
});
