import { describe, expect, it } from 'vitest';
import { createDirectiveResolver } from './resolve-directives.js';

const noSources = { rules: [], header: undefined, messageTexts: [] };

describe('createDirectiveResolver', () => {
  it('merges rules, then the header, then message groups, later keys winning', () => {
    const resolver = createDirectiveResolver();
    const directives = resolver.resolve(
      { rules: ['latency=1 status=500'], header: 'status=502 chunks=2', messageTexts: ['hi [[mock: chunks=3]]', '[[mock: words=2]]'] },
      'gpt-4o',
    );
    expect(Object.fromEntries(directives)).toEqual({ latency: '1', status: '502', chunks: '3', words: '2' });
  });

  it('applies a model= group only to models that contain the text', () => {
    const resolver = createDirectiveResolver();
    const sources = { ...noSources, rules: ['model=claude status=529'] };
    expect(resolver.resolve(sources, 'gpt-4o').has('status')).toBe(false);
    expect(resolver.resolve(sources, 'claude-sonnet-4-5').get('status')).toBe('529');
  });

  it('applies a times=N group to the first N matching requests, and again after the counters clear', () => {
    const resolver = createDirectiveResolver();
    const sources = { ...noSources, rules: ['model=gpt status=429 times=2'] };
    expect(resolver.resolve(sources, 'claude').has('status')).toBe(false);
    expect(resolver.resolve(sources, 'gpt-4o').get('status')).toBe('429');
    expect(resolver.resolve(sources, 'gpt-4o').get('status')).toBe('429');
    expect(resolver.resolve(sources, 'gpt-4o').has('status')).toBe(false);
    resolver.clearCounters(['model=gpt status=429 times=2']);
    expect(resolver.resolve(sources, 'gpt-4o').get('status')).toBe('429');
  });

  it('counts times per group text, also for groups inside messages', () => {
    const resolver = createDirectiveResolver();
    const sources = { ...noSources, messageTexts: ['[[mock: status=500 times=1]] hi'] };
    expect(resolver.resolve(sources, 'm').get('status')).toBe('500');
    expect(resolver.resolve(sources, 'm').has('status')).toBe(false);
    resolver.clearCounters();
    expect(resolver.resolve(sources, 'm').get('status')).toBe('500');
  });
});
