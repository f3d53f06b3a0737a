import { describe, expect, it } from 'vitest';
import { parseDirectiveGroup } from './parse-directive-group.js';

describe('parseDirectiveGroup', () => {
  it('reads key and key=value items separated by spaces or semicolons', () => {
    const group = parseDirectiveGroup(' status=429;retry_after=2  tool_call ;; reply=a%20b=c ');
    expect(Object.fromEntries(group.values)).toEqual({ status: '429', retry_after: '2', tool_call: '', reply: 'a%20b=c' });
    expect(group.text).toBe('status=429;retry_after=2  tool_call ;; reply=a%20b=c');
  });

  it('keeps model and times apart as filters', () => {
    const group = parseDirectiveGroup('model=gpt-4o times=2 latency=10');
    expect(group.model).toBe('gpt-4o');
    expect(group.times).toBe(2);
    expect(Object.fromEntries(group.values)).toEqual({ latency: '10' });
  });

  it('lower-cases keys, lets later keys win and treats a malformed times as zero', () => {
    const group = parseDirectiveGroup('STATUS=500 status=503 times=x');
    expect(group.values.get('status')).toBe('503');
    expect(group.times).toBe(0);
  });

  it('gives an empty group for empty text', () => {
    const group = parseDirectiveGroup('   ');
    expect(group.values.size).toBe(0);
    expect(group.model).toBeUndefined();
    expect(group.times).toBeUndefined();
  });
});
