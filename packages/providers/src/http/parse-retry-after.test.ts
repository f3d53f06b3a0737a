import { describe, expect, it } from 'vitest';
import { parseDurationMs, parseRetryAfterMs } from './parse-retry-after.js';

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('prefers retry-after-ms, then retry-after seconds or HTTP date', () => {
    expect(parseRetryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250);
    expect(parseRetryAfterMs({ 'retry-after': '2' }, now)).toBe(2000);
    expect(parseRetryAfterMs({ 'retry-after': '1.5' }, now)).toBe(1500);
    expect(parseRetryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, now)).toBe(3000);
  });

  it('reads OpenAI reset durations and Anthropic reset timestamps, taking the longest', () => {
    expect(parseRetryAfterMs({ 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-reset-tokens': '6m0s' }, now)).toBe(360_000);
    expect(parseRetryAfterMs({ 'anthropic-ratelimit-requests-reset': '2026-01-01T00:00:05Z' }, now)).toBe(5000);
  });

  it('returns undefined when nothing usable is present', () => {
    expect(parseRetryAfterMs({}, now)).toBeUndefined();
    expect(parseRetryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
  });

  it('parses compound durations and rejects junk', () => {
    expect(parseDurationMs('20ms')).toBe(20);
    expect(parseDurationMs('1h2m3.5s')).toBe(3_723_500);
    expect(parseDurationMs('abc')).toBeUndefined();
    expect(parseDurationMs('5s later')).toBeUndefined();
  });
});
