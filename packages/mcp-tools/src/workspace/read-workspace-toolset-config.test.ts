import { describe, expect, it } from 'vitest';
import { readWorkspaceToolsetConfig } from './read-workspace-toolset-config.js';

describe('readWorkspaceToolsetConfig', () => {
  it('is off without GW_WORKSPACE_ROOT (also when blank)', () => {
    expect(readWorkspaceToolsetConfig({})).toBeUndefined();
    expect(readWorkspaceToolsetConfig({ GW_WORKSPACE_ROOT: '  ' })).toBeUndefined();
  });

  it('reads the root, read-only mode and limits', () => {
    expect(readWorkspaceToolsetConfig({ GW_WORKSPACE_ROOT: '/srv/project', GW_WORKSPACE_READ_ONLY: 'true', GW_WORKSPACE_MAX_READ_BYTES: '2048', GW_WORKSPACE_TEST_TIMEOUT_MS: '30000' })).toEqual({
      root: '/srv/project',
      readOnly: true,
      runTests: false,
      maxReadBytes: 2048,
      maxWriteBytes: 1048576,
      maxListEntries: 1000,
      maxListDepth: 8,
      testTimeoutMs: 30000,
      gitTimeoutMs: 10000,
      maxOutputChars: 64000,
    });
  });

  it.each([
    ['a read-only flag that is not a boolean', { GW_WORKSPACE_ROOT: '/srv', GW_WORKSPACE_READ_ONLY: 'maybe' }, /GW_WORKSPACE_READ_ONLY/],
    ['a size that is not a number', { GW_WORKSPACE_ROOT: '/srv', GW_WORKSPACE_MAX_WRITE_BYTES: '1MB' }, /GW_WORKSPACE_MAX_WRITE_BYTES/],
  ])('rejects %s naming the variable', (_name, environment, message) => {
    expect(() => readWorkspaceToolsetConfig(environment)).toThrow(message);
  });
});
