import type { TodoList } from '@gw/context-store';
import type { CanonicalResponse } from '@gw/providers';
import type { QualityLevel } from '@gw/router';
import { buildPlanRequest } from './build-plan-request.js';
import { buildStepRequest } from './build-step-request.js';
import { buildTaskBrief } from './build-task-brief.js';
import { defaultCodeAgentLimits, type CodeAgentDependencies } from './code-agent-dependencies.js';
import { CodeAgentError, type CodeAgentErrorOptions } from './code-agent-error.js';
import type { CodeAgentInput } from './code-agent-input-schema.js';
import type { CodeAgentOutput, CodeAgentStepSummary, CodeAgentTodoState, RoutedCallSummary } from './code-agent-output-schema.js';
import { describeFailure } from './describe-failure.js';
import { parsePlan } from './parse-plan.js';
import { readTaskFiles } from './read-task-files.js';
import { costOf, routingOf, summarizeRoutedCall, warningsOf } from './summarize-routed-call.js';
import { truncateText } from './truncate-text.js';

const defaultMaxSteps = 4;
const largestMaxSteps = 8;

function todoStateOf(list: TodoList): CodeAgentTodoState {
  return { id: list.id, items: list.items.map((item) => ({ text: item.text, done: item.done })) };
}

/** A store error's own code (`VERSION_CONFLICT`, `DATABASE_UNAVAILABLE`, …): safe to show, unlike its message. */
function storeCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

function messageText(response: CanonicalResponse): string {
  return response.choices[0]?.message.content ?? '';
}

/**
 * Plans a coding task as a TODO list, runs each step through the router and returns the last step's code
 * with the TODO state, a routing summary per call and the total cost. Failures throw a `CodeAgentError`
 * that says where the run stopped, what was done (done items stay done) and what it cost. Shared by the
 * `code_agent` MCP tool and `POST /v1/code-agent`.
 */
export async function runCodeAgent(input: CodeAgentInput, dependencies: CodeAgentDependencies): Promise<CodeAgentOutput> {
  const { router, contextManager, signal } = dependencies;
  const limits = { ...defaultCodeAgentLimits, ...dependencies.limits };
  const quality: QualityLevel = input.quality ?? 'normal';
  const maxSteps = Math.min(largestMaxSteps, Math.max(1, Math.floor(input.max_steps ?? defaultMaxSteps)));
  const task = input.task.trim();
  const context = input.context ?? {};
  const warnings: string[] = [];
  let spentUsd = 0;
  let savingUsd: number | undefined = 0;
  let plan: RoutedCallSummary | undefined = undefined;
  let todoList: TodoList | undefined;
  const steps: CodeAgentStepSummary[] = [];

  const stopped = (message: string, options: Omit<CodeAgentErrorOptions, 'totalCostUsd' | 'todo' | 'plan' | 'completedSteps'>): CodeAgentError =>
    new CodeAgentError(message, {
      ...options,
      totalCostUsd: spentUsd,
      completedSteps: [...steps],
      ...(todoList ? { todo: todoStateOf(todoList) } : {}),
      ...(plan ? { plan } : {}),
    });
  const throwIfAborted = (where: string): void => {
    if (signal?.aborted) throw stopped(`Cancelled by the caller ${where}.`, { code: 'aborted', status: 499, retryable: false, stage: 'step', cause: signal.reason });
  };
  const account = (response: CanonicalResponse, label: string): void => {
    spentUsd += costOf(response);
    const saving = routingOf(response)?.savingUsd;
    savingUsd = savingUsd === undefined || saving === undefined ? undefined : savingUsd + saving;
    warnings.push(...warningsOf(response, label));
  };

  if (task === '') throw stopped('task must not be empty.', { code: 'invalid_request', status: 400, retryable: false, stage: 'plan' });
  const read = await readTaskFiles(input.files ?? [], dependencies.readWorkspaceFile, limits);
  warnings.push(...read.warnings);
  let existingCode = context.existingCode;
  if (existingCode !== undefined) {
    const cut = truncateText(existingCode, limits.maxExistingCodeChars);
    if (cut.truncated) warnings.push(`context.existingCode was cut to ${limits.maxExistingCodeChars} of ${existingCode.length} characters`);
    existingCode = cut.text;
  }
  const brief = buildTaskBrief(task, context, existingCode, read.files);

  throwIfAborted('before planning');
  let planResponse: CanonicalResponse;
  try {
    planResponse = await router.route(buildPlanRequest(brief, maxSteps), { quality, ...(signal ? { signal } : {}) });
  } catch (error) {
    const { reason, costUsd, ...facts } = describeFailure(error);
    spentUsd += costUsd;
    throw stopped(`Planning failed: ${reason}`, { ...facts, stage: 'plan', cause: error });
  }
  account(planResponse, 'plan');
  plan = summarizeRoutedCall(planResponse);
  const parsed = parsePlan(messageText(planResponse), maxSteps);
  if (!parsed) {
    throw stopped(`Planning failed: ${plan.model} did not answer with a usable JSON plan ({"steps":[{"title","detail"}]}).`, {
      code: 'plan_invalid',
      status: 502,
      retryable: true,
      stage: 'plan',
    });
  }
  warnings.push(...parsed.warnings);

  try {
    todoList = await contextManager.createTodoList({
      ...(input.conversation_id ? { conversationId: input.conversation_id } : {}),
      ...(dependencies.userId ? { userId: dependencies.userId } : {}),
      title: `code_agent: ${task.slice(0, 200)}`,
      items: parsed.steps.map((step) => ({ text: step.title })),
    });
  } catch (error) {
    throw stopped(`Could not store the plan as a TODO list (${storeCodeOf(error)}).`, { code: 'todo_store_failed', status: 503, retryable: true, stage: 'todo', cause: error });
  }

  let code = '';
  let previousOutput: string | undefined;
  for (let index = 0; index < parsed.steps.length; index++) {
    const step = parsed.steps[index]!;
    const label = `step ${index + 1} of ${parsed.steps.length} ("${step.title}")`;
    throwIfAborted(`before ${label}`);
    let response: CanonicalResponse;
    try {
      response = await router.route(buildStepRequest({ brief, steps: parsed.steps, index, ...(previousOutput === undefined ? {} : { previousOutput }) }), {
        quality,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      const { reason, costUsd, ...facts } = describeFailure(error);
      spentUsd += costUsd;
      throw stopped(`${label[0]!.toUpperCase()}${label.slice(1)} failed: ${reason}`, { ...facts, stage: 'step', stepNumber: index + 1, stepTitle: step.title, cause: error });
    }
    account(response, `step ${index + 1}`);
    steps.push({ title: step.title, ...summarizeRoutedCall(response) });
    code = messageText(response);
    const cut = truncateText(code, limits.maxPreviousOutputChars);
    if (cut.truncated && index + 1 < parsed.steps.length) {
      warnings.push(`step ${index + 1}'s answer was cut to ${limits.maxPreviousOutputChars} characters for step ${index + 2}`);
    }
    previousOutput = cut.text;

    const current: TodoList = todoList;
    try {
      todoList = await contextManager.updateTodoList(current.id, {
        items: current.items.map((item, position) => (position === index ? { ...item, done: true } : item)),
        expectedVersion: current.version,
      });
    } catch (error) {
      const storeCode = storeCodeOf(error);
      const conflict = storeCode === 'VERSION_CONFLICT';
      throw stopped(
        conflict
          ? `The TODO list ${current.id} was changed by someone else during ${label}; stopped so their change is not overwritten.`
          : `Could not mark ${label} done in the TODO list (${storeCode}).`,
        { code: conflict ? 'todo_conflict' : 'todo_store_failed', status: conflict ? 409 : 503, retryable: !conflict, stage: 'todo', stepNumber: index + 1, stepTitle: step.title, cause: error },
      );
    }
    await dependencies.onStepDone?.({ step: index + 1, totalSteps: parsed.steps.length, title: step.title, model: steps[index]!.model });
  }

  return {
    code,
    todo: todoStateOf(todoList),
    plan,
    steps,
    total_cost_usd: spentUsd,
    ...(savingUsd === undefined ? {} : { saving_usd: savingUsd }),
    warnings,
  };
}
