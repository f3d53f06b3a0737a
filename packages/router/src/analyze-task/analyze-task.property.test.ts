import fc from 'fast-check';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { analyzeTask } from './analyze-task.js';
import { TASK_CAPABILITIES, TASK_TYPES, type AnalyzeTaskOptions } from './task-analysis.js';

const RUNS = { numRuns: 1_000 };

/** Text with the characters analysis reacts to: code and math symbols, newlines, non-Latin scripts. */
const textArbitrary = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.stringMatching(/^[a-zA-Z0-9 `{}()[\];:=<>+\-*/^%|\\#.,!?'\n\t_$]{0,300}$/),
  fc
    .array(fc.constantFrom('write', 'a', 'python', 'poem', 'prove', 'x', '=', '2', 'step', 'by', 'summarize', 'translate', 'into', 'french', '```', '\n', '- ', '1.'), { maxLength: 60 })
    .map((words) => words.join(' ')),
);

const textPartArbitrary = textArbitrary.map((text) => ({ type: 'text' as const, text }));
const imagePartArbitrary = fc
  .record({ url: fc.webUrl(), detail: fc.constantFrom('auto', 'low', 'high') })
  .map(({ url, detail }) => ({ type: 'image_url' as const, image_url: { url, detail } }));

const toolCallArbitrary = fc.record({
  id: fc.string({ maxLength: 8 }),
  type: fc.constant('function' as const),
  function: fc.record({ name: fc.string({ maxLength: 20 }), arguments: fc.string({ maxLength: 100 }) }),
});

const messageArbitrary: fc.Arbitrary<ChatCompletionMessageParam> = fc.oneof(
  fc.record({
    role: fc.constantFrom('system' as const, 'developer' as const),
    content: fc.oneof(textArbitrary, fc.array(textPartArbitrary, { maxLength: 3 })),
  }),
  fc.record({
    role: fc.constant('user' as const),
    content: fc.oneof(textArbitrary, fc.array(fc.oneof(textPartArbitrary, imagePartArbitrary), { maxLength: 4 })),
  }),
  fc.record(
    {
      role: fc.constant('assistant' as const),
      content: fc.option(textArbitrary, { nil: null }),
      tool_calls: fc.array(toolCallArbitrary, { maxLength: 2 }),
    },
    { requiredKeys: ['role'] },
  ),
  fc.record({ role: fc.constant('tool' as const), tool_call_id: fc.string({ maxLength: 8 }), content: textArbitrary }),
);

const messagesArbitrary = fc.array(messageArbitrary, { maxLength: 8 });

const optionsArbitrary: fc.Arbitrary<AnalyzeTaskOptions> = fc.record(
  {
    tools: fc.array(
      fc.record({
        type: fc.constant('function' as const),
        function: fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }), description: fc.string({ maxLength: 40 }) }),
      }),
      { maxLength: 3 },
    ),
    tool_choice: fc.constantFrom('none' as const, 'auto' as const, 'required' as const),
    response_format: fc.constantFrom({ type: 'text' as const }, { type: 'json_object' as const }),
    longContextThreshold: fc.integer({ min: 0, max: 100_000 }),
  },
  { requiredKeys: [] },
);

describe('analyzeTask properties', () => {
  it('returns a well-formed analysis with difficulty in [0, 1] for any valid conversation', () => {
    fc.assert(
      fc.property(messagesArbitrary, optionsArbitrary, (messages, options) => {
        const analysis = analyzeTask(messages, options);
        expect(Number.isFinite(analysis.difficulty)).toBe(true);
        expect(analysis.difficulty).toBeGreaterThanOrEqual(0);
        expect(analysis.difficulty).toBeLessThanOrEqual(1);
        expect(Number.isInteger(analysis.estimatedTokens)).toBe(true);
        expect(analysis.estimatedTokens).toBeGreaterThanOrEqual(0);
        expect(TASK_TYPES).toContain(analysis.taskType);
        // A subset of the capabilities, without repeats, in the canonical order.
        expect(analysis.capabilities).toEqual(TASK_CAPABILITIES.filter((capability) => analysis.capabilities.includes(capability)));
      }),
      RUNS,
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (messages, options) => {
        const analysis = analyzeTask(messages as ChatCompletionMessageParam[], options as AnalyzeTaskOptions);
        expect(Number.isFinite(analysis.difficulty)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(messagesArbitrary, optionsArbitrary, (messages, options) => {
        expect(analyzeTask(messages, options)).toEqual(analyzeTask(messages, options));
      }),
      RUNS,
    );
  });

  it('always needs vision once an image is appended, as a new turn or to the last turn', () => {
    fc.assert(
      fc.property(messagesArbitrary, imagePartArbitrary, fc.boolean(), (messages, image, asNewTurn) => {
        const last = messages.at(-1);
        const withImage: ChatCompletionMessageParam[] =
          asNewTurn || last === undefined || last.role !== 'user'
            ? [...messages, { role: 'user', content: [image] }]
            : [
                ...messages.slice(0, -1),
                {
                  role: 'user',
                  content: [...(typeof last.content === 'string' ? [{ type: 'text' as const, text: last.content }] : last.content), image],
                },
              ];
        const analysis = analyzeTask(withImage);
        expect(analysis.capabilities).toContain('vision');
        expect(analysis.taskType).toBe('vision');
      }),
      RUNS,
    );
  });

  it('needs tools exactly when tools are offered or used', () => {
    fc.assert(
      fc.property(messagesArbitrary, optionsArbitrary, (messages, options) => {
        const used = messages.some(
          (message) => message.role === 'tool' || (message.role === 'assistant' && (message.tool_calls?.length ?? 0) > 0),
        );
        const offered = (options.tools?.length ?? 0) > 0;
        expect(analyzeTask(messages, options).capabilities.includes('tools')).toBe(used || offered);
      }),
      RUNS,
    );
  });
});
