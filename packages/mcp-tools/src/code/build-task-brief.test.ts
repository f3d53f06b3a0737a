import { describe, expect, it } from 'vitest';
import { buildTaskBrief, fenced } from './build-task-brief.js';

describe('buildTaskBrief', () => {
  it('has only the sections it has material for', () => {
    expect(buildTaskBrief('Do it', {}, undefined, [])).toBe('# Task\nDo it');
    expect(buildTaskBrief('Do it', { language: 'Go', requirements: ['fast', ' '] }, 'package main', [{ path: 'a.go', content: 'x' }])).toBe(
      '# Task\nDo it\n\n# Context\nLanguage: Go\n\n# Requirements\n- fast\n\n# Existing code\n```\npackage main\n```\n\n# File: a.go\n```\nx\n```',
    );
  });

  it('fences text that holds fences with a longer fence', () => {
    expect(fenced('```ts\nx\n```')).toBe('````\n```ts\nx\n```\n````');
  });
});
