import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.js';

describe('parsePlan', () => {
  it('reads the steps and trims them', () => {
    expect(parsePlan(' {"steps":[{"title":" Write it ","detail":" all of it "}]} ', 4)).toEqual({ steps: [{ title: 'Write it', detail: 'all of it' }], warnings: [] });
  });

  it('caps the steps at max_steps with a warning', () => {
    const text = JSON.stringify({ steps: ['a', 'b', 'c'].map((title) => ({ title, detail: '' })) });
    expect(parsePlan(text, 2)).toEqual({
      steps: [
        { title: 'a', detail: '' },
        { title: 'b', detail: '' },
      ],
      warnings: ['the plan had 3 steps; only the first 2 were run (max_steps)'],
    });
  });

  it('skips steps without a title and cuts long ones', () => {
    const text = JSON.stringify({ steps: [{ detail: 'no title' }, 'text', { title: 'x'.repeat(300), detail: 7 }] });
    expect(parsePlan(text, 4)).toEqual({ steps: [{ title: 'x'.repeat(200), detail: '' }], warnings: [] });
  });

  it.each(['not json', '{"unexpected":true}', '{"steps":[]}', '{"steps":[{"title":" "}]}', 'null', '[]'])('has no plan in %s', (text) => {
    expect(parsePlan(text, 4)).toBeUndefined();
  });
});
