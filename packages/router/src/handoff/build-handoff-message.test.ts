import { describe, expect, it } from 'vitest';
import { applyHandoff } from './apply-handoff.js';
import { buildHandoffMessage } from './build-handoff-message.js';

describe('handoff package', () => {
  const messages = [
    { role: 'system' as const, content: 'You are terse.' },
    { role: 'user' as const, content: 'Give me the primes below 20 as JSON.' },
  ];

  it('holds the task, the context summary, the truncated failed attempt and why it failed', () => {
    const text = buildHandoffMessage(messages, { taskType: 'math', difficulty: 0.4, capabilities: ['json'], estimatedTokens: 20 }, [
      { tier: 0, model: 'tiny', reason: 'the answer is empty', answer: '' },
      { tier: 1, model: 'small', reason: 'not JSON', answer: 'x'.repeat(5_000) },
    ]);
    expect(text).toContain('Task: math, difficulty 0.40, needs json.');
    expect(text).toContain('Request: "Give me the primes below 20 as JSON."');
    expect(text).toContain('Context: 2 messages (1 system, 1 user). System instructions begin: "You are terse."');
    expect(text).toContain('Earlier failure: tier 0 (tiny): the answer is empty.');
    expect(text).toContain('more characters]');
    expect(text).toContain('Why it failed: not JSON.');
    expect(text.length).toBeLessThan(2_000);
  });

  it('goes in as a system message after the leading system messages, without changing the original', () => {
    const request = { messages };
    const withHandoff = applyHandoff(request, 'handoff');
    expect(withHandoff.messages.map((message) => message.role)).toEqual(['system', 'system', 'user']);
    expect(withHandoff.messages[1]).toEqual({ role: 'system', content: 'handoff' });
    expect(request.messages).toHaveLength(2);
  });
});
