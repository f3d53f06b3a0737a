import { describe, expect, it } from 'vitest';
import { findDirectiveGroups, removeDirectives } from './find-directive-groups.js';

describe('findDirectiveGroups', () => {
  it('finds every [[mock: …]] group in order, across lines', () => {
    expect(findDirectiveGroups('a [[mock: status=500]] b [[MOCK:words=3\nchunks=2]]')).toEqual(['status=500', 'words=3\nchunks=2']);
  });

  it('finds nothing in plain text', () => {
    expect(findDirectiveGroups('hello [[not a directive]]')).toEqual([]);
  });
});

describe('removeDirectives', () => {
  it('removes the groups and leaves the rest', () => {
    expect(removeDirectives('[[mock: empty]]hello [[mock: x]]world')).toBe('hello world');
  });
});
