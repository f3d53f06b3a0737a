import type { ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { classifyTaskType, classifyTextTaskType, MIN_TASK_EVIDENCE } from './classify-task-type.js';
import { NO_EVIDENCE } from './no-evidence.test-helper.js';


const TOOL: ChatCompletionTool = { type: 'function', function: { name: 'lookup' } };
const PLAIN = { lastUserTurnHasImage: false, endsWithToolResult: false, options: undefined };

describe('classifyTextTaskType', () => {
  it('picks the kind with the most evidence', () => {
    expect(classifyTextTaskType({ ...NO_EVIDENCE, code: 4, creative: 3 }).taskType).toBe('code');
    expect(classifyTextTaskType({ ...NO_EVIDENCE, translation: 6, code: 2 }).taskType).toBe('translation');
  });

  it('falls back to question answering below the minimum evidence', () => {
    expect(classifyTextTaskType({ ...NO_EVIDENCE, math: MIN_TASK_EVIDENCE - 0.1 }).taskType).toBe('question_answering');
  });

  it('breaks ties towards the more demanding kind', () => {
    expect(classifyTextTaskType({ ...NO_EVIDENCE, code: 3, math: 3, creative: 3 }).taskType).toBe('code');
  });

  it('treats greetings and thanks as chat even after technical context', () => {
    expect(classifyTextTaskType({ ...NO_EVIDENCE, code: 1.8, chat: 1 }).taskType).toBe('question_answering');
  });
});

describe('classifyTaskType', () => {
  it('is tool use when the conversation ends with a tool result or a tool call is forced', () => {
    const evidence = { ...NO_EVIDENCE, code: 10 };
    expect(classifyTaskType(evidence, { ...PLAIN, endsWithToolResult: true })).toBe('tool_use');
    expect(classifyTaskType(evidence, { ...PLAIN, options: { tools: [TOOL], tool_choice: 'required' } })).toBe('tool_use');
    expect(
      classifyTaskType(evidence, {
        ...PLAIN,
        options: { tools: [TOOL], tool_choice: { type: 'function', function: { name: 'lookup' } } },
      }),
    ).toBe('tool_use');
  });

  it('is vision when the last turn has an image', () => {
    expect(classifyTaskType({ ...NO_EVIDENCE, math: 5 }, { ...PLAIN, lastUserTurnHasImage: true })).toBe('vision');
  });

  it('is tool use when tools are offered and the text says little, else the text decides', () => {
    const options = { tools: [TOOL] };
    expect(classifyTaskType(NO_EVIDENCE, { ...PLAIN, options })).toBe('tool_use');
    expect(classifyTaskType({ ...NO_EVIDENCE, code: 6 }, { ...PLAIN, options })).toBe('code');
    expect(classifyTaskType(NO_EVIDENCE, { ...PLAIN, options: { tools: [TOOL], tool_choice: 'none' } })).toBe(
      'question_answering',
    );
  });

  it('does not force tool use for an allowed-tools list in auto mode', () => {
    const options = {
      tools: [TOOL],
      tool_choice: {
        type: 'allowed_tools' as const,
        allowed_tools: { mode: 'auto' as const, tools: [{ type: 'function', function: { name: 'lookup' } }] },
      },
    };
    expect(classifyTaskType({ ...NO_EVIDENCE, code: 6 }, { ...PLAIN, options })).toBe('code');
  });
});
