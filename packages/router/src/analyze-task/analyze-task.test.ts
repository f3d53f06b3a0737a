import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { analyzeTask } from './analyze-task.js';
import { DEFAULT_LONG_CONTEXT_TOKENS } from './long-context-threshold.js';

const WEATHER_TOOL: ChatCompletionTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

const PROSE_SENTENCE =
  'The committee met on a rainy Tuesday to review the budget for the new library, and everyone agreed that the reading room needs better light. ';

function prose(characters: number): string {
  return PROSE_SENTENCE.repeat(Math.ceil(characters / PROSE_SENTENCE.length)).slice(0, characters);
}

function userText(text: string): ChatCompletionMessageParam[] {
  return [{ role: 'user', content: text }];
}

function imagePart(url = 'https://example.test/cat.png') {
  return { type: 'image_url' as const, image_url: { url } };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('analyzeTask capabilities', () => {
  it('needs nothing special for a plain chat message', () => {
    expect(analyzeTask(userText('What is the capital of Australia?')).capabilities).toEqual([]);
  });

  it('needs vision for an image part in the last turn and in any earlier message', () => {
    const inLastTurn = analyzeTask([{ role: 'user', content: [{ type: 'text', text: 'What is this?' }, imagePart()] }]);
    expect(inLastTurn.capabilities).toEqual(['vision']);
    expect(inLastTurn.taskType).toBe('vision');

    const earlier = analyzeTask([
      { role: 'user', content: [imagePart()] },
      { role: 'assistant', content: 'A cat on a sofa.' },
      { role: 'user', content: 'What colour is it?' },
    ]);
    expect(earlier.capabilities).toContain('vision');
  });

  it('needs tools when tools are offered, even with tool_choice none', () => {
    expect(analyzeTask(userText('Weather in Oslo?'), { tools: [WEATHER_TOOL] }).capabilities).toEqual(['tools']);
    expect(analyzeTask(userText('Weather in Oslo?'), { tools: [WEATHER_TOOL], tool_choice: 'none' }).capabilities).toEqual([
      'tools',
    ]);
    expect(analyzeTask(userText('Weather in Oslo?'), { tools: [] }).capabilities).toEqual([]);
  });

  it('needs tools when the conversation has tool calls or tool results', () => {
    const withToolCall: ChatCompletionMessageParam[] = [
      { role: 'user', content: 'Weather in Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }],
      },
    ];
    expect(analyzeTask(withToolCall).capabilities).toEqual(['tools']);

    const withResult: ChatCompletionMessageParam[] = [
      ...withToolCall,
      { role: 'tool', tool_call_id: 'call_1', content: '{"condition":"rain"}' },
    ];
    const analysis = analyzeTask(withResult);
    expect(analysis.capabilities).toEqual(['tools']);
    expect(analysis.taskType).toBe('tool_use');
  });

  it('needs json for json_object and json_schema response formats, not for text', () => {
    const prompt = userText('List three fruits.');
    expect(analyzeTask(prompt, { response_format: { type: 'json_object' } }).capabilities).toEqual(['json']);
    expect(
      analyzeTask(prompt, {
        response_format: { type: 'json_schema', json_schema: { name: 'fruits', schema: { type: 'array' } } },
      }).capabilities,
    ).toEqual(['json']);
    expect(analyzeTask(prompt, { response_format: { type: 'text' } }).capabilities).toEqual([]);
  });

  it('needs long context above the default threshold, and honours an override', () => {
    const long = userText(prose(DEFAULT_LONG_CONTEXT_TOKENS * 4 + 4_000));
    expect(analyzeTask(long).capabilities).toContain('long_context');
    const short = userText(prose(DEFAULT_LONG_CONTEXT_TOKENS * 4 - 4_000));
    expect(analyzeTask(short).capabilities).not.toContain('long_context');

    const eightKilobytes = userText(prose(8_000));
    expect(analyzeTask(eightKilobytes, { longContextThreshold: 1_000 }).capabilities).toContain('long_context');
    expect(analyzeTask(long, { longContextThreshold: 1_000_000 }).capabilities).not.toContain('long_context');
  });

  it('lists capabilities in a fixed order', () => {
    const analysis = analyzeTask(
      [{ role: 'user', content: [{ type: 'text', text: prose(200) }, imagePart()] }],
      { tools: [WEATHER_TOOL], response_format: { type: 'json_object' }, longContextThreshold: 10 },
    );
    expect(analysis.capabilities).toEqual(['vision', 'tools', 'json', 'long_context']);
  });

  it('needs code for code and reasoning for proofs', () => {
    expect(analyzeTask(userText('Implement a binary search in TypeScript.')).capabilities).toContain('code');
    expect(analyzeTask(userText('Prove that there are infinitely many primes.')).capabilities).toContain('reasoning');
  });
});

describe('analyzeTask token estimate', () => {
  it('stays within 25% of characters / 4 for plain English text', () => {
    for (const characters of [400, 4_000, 40_000, 1_000_000]) {
      const estimate = analyzeTask(userText(prose(characters))).estimatedTokens;
      expect(Math.abs(estimate - characters / 4) / (characters / 4), `${characters} characters`).toBeLessThanOrEqual(0.25);
    }
  });

  it('counts every message, text parts, tool calls and tool schemas', () => {
    const text = prose(4_000);
    const one = analyzeTask(userText(text)).estimatedTokens;
    const two = analyzeTask([
      { role: 'system', content: text },
      { role: 'user', content: [{ type: 'text', text }] },
    ]).estimatedTokens;
    expect(two).toBeGreaterThan(one * 1.9);
    expect(analyzeTask(userText(text), { tools: [WEATHER_TOOL] }).estimatedTokens).toBeGreaterThan(one + 20);
  });

  it('charges a fixed cost per image', () => {
    const withoutImage = analyzeTask([{ role: 'user', content: [{ type: 'text', text: 'Describe it.' }] }]).estimatedTokens;
    const withImages = analyzeTask([
      { role: 'user', content: [{ type: 'text', text: 'Describe it.' }, imagePart(), imagePart()] },
    ]).estimatedTokens;
    expect(withImages - withoutImage).toBe(2 * 765);
  });

  it('is zero for no messages', () => {
    expect(analyzeTask([]).estimatedTokens).toBe(0);
  });
});

describe('analyzeTask purity', () => {
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: 'You are a careful engineer.' },
    { role: 'user', content: [{ type: 'text', text: 'Write a function that reverses a linked list.' }, imagePart()] },
  ];
  const options = { tools: [WEATHER_TOOL], response_format: { type: 'json_object' as const } };

  it('returns the same analysis for the same input', () => {
    expect(analyzeTask(messages, options)).toEqual(analyzeTask(messages, options));
  });

  it('does not mutate its inputs (they may be frozen)', () => {
    const messagesBefore = structuredClone(messages);
    const optionsBefore = structuredClone(options);
    const frozenMessages = deepFreeze(structuredClone(messages));
    const frozenOptions = deepFreeze(structuredClone(options));
    expect(() => analyzeTask(frozenMessages, frozenOptions)).not.toThrow();
    analyzeTask(messages, options);
    expect(messages).toEqual(messagesBefore);
    expect(options).toEqual(optionsBefore);
  });
});

describe('analyzeTask robustness', () => {
  it('handles no messages', () => {
    const analysis = analyzeTask([]);
    expect(analysis.taskType).toBe('question_answering');
    expect(analysis.capabilities).toEqual([]);
    expect(analysis.difficulty).toBeGreaterThanOrEqual(0);
    expect(analysis.difficulty).toBeLessThanOrEqual(1);
  });

  it('handles null content, content arrays and assistant tool calls', () => {
    const messages = [
      { role: 'user', content: null },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'user', content: [{ type: 'text', text: 'And now?' }, { type: 'text', text: '' }] },
    ] as unknown as ChatCompletionMessageParam[];
    const analysis = analyzeTask(messages);
    expect(analysis.capabilities).toEqual(['tools']);
    expect(Number.isFinite(analysis.difficulty)).toBe(true);
  });

  it('handles a conversation of only a system message', () => {
    const analysis = analyzeTask([{ role: 'system', content: 'Summarize the user’s documents in plain language.' }]);
    expect(analysis.taskType).toBe('summarization');
    expect(analysis.estimatedTokens).toBeGreaterThan(0);
  });

  it('handles malformed input without throwing', () => {
    const malformed: unknown[] = [
      null,
      undefined,
      'hello',
      [null, 1, 'x', { role: 'user' }, { role: 'user', content: 42 }, { role: 'user', content: [null, 7, { type: 'text' }] }],
      [{ role: 'assistant', tool_calls: [null, { function: null }, { type: 'custom', custom: { name: 'x', input: 'y' } }] }],
      [{ role: 'user', content: [{ type: 'image_url', image_url: null }] }],
    ];
    for (const messages of malformed) {
      expect(() => analyzeTask(messages as ChatCompletionMessageParam[])).not.toThrow();
    }
    const circular: Record<string, unknown> = { type: 'function' };
    circular['self'] = circular;
    expect(() =>
      analyzeTask(userText('hi'), { tools: [circular as unknown as ChatCompletionTool], longContextThreshold: Number.NaN }),
    ).not.toThrow();
  });

  it('analyses 1 MB of text quickly, by sampling it', () => {
    const text = prose(1_000_000);
    const started = performance.now();
    const analysis = analyzeTask(userText(`Summarize this report.\n\n${text}`));
    const elapsedMilliseconds = performance.now() - started;
    expect(analysis.taskType).toBe('summarization');
    expect(analysis.capabilities).toContain('long_context');
    // Budget is generous for slow CI machines; the benchmark measures the real figure.
    expect(elapsedMilliseconds).toBeLessThan(100);
  });
});

describe('analyzeTask signals', () => {
  it('explains the score with named contributions, largest first', () => {
    const { signals } = analyzeTask(userText('Prove by induction that 2^n > n for every positive integer n.'));
    expect(signals).toBeDefined();
    const names = (signals ?? []).map((signal) => signal.name);
    expect(names).toContain('math');
    const magnitudes = (signals ?? []).map((signal) => Math.abs(signal.contribution));
    expect(magnitudes).toEqual([...magnitudes].sort((left, right) => right - left));
  });

  it('adds up to the difficulty through the logistic function', () => {
    // logit(difficulty) − Σ contributions is the model's constant base, whatever the prompt.
    const base = (text: string): number => {
      const { difficulty, signals } = analyzeTask(userText(text));
      const sum = (signals ?? []).reduce((total, signal) => total + signal.contribution, 0);
      return Math.log(difficulty / (1 - difficulty)) - sum;
    };
    const first = base('Write a haiku about autumn.');
    for (const text of ['Implement quicksort in C without recursion.', 'hi', 'How many primes are below 100?']) {
      expect(base(text)).toBeCloseTo(first, 2);
    }
  });
});
