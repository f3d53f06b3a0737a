import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@gw/providers';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseToolsetNames, registerToolsets } from './register-toolsets.js';
import { createWorkspaceFileReader } from './workspace/create-workspace-file-reader.js';

let parent: string;
let root: string;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'gw-toolsets-'));
  root = join(parent, 'root');
  await mkdir(root);
  await writeFile(join(root, 'inside.ts'), 'export const answer = 42;\n');
  await writeFile(join(parent, 'outside.txt'), 'secret outside the root\n');
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const server = () => new McpServer({ name: 'test', version: '0.0.0' });

describe('parseToolsetNames (GW_TOOLSETS)', () => {
  it('defaults to the gateway toolset and reads a comma-separated list', () => {
    expect(parseToolsetNames(undefined)).toEqual(['gateway']);
    expect(parseToolsetNames(' gateway, Workspace ,store,code ')).toEqual(['gateway', 'workspace', 'store', 'code']);
  });

  it('names the variable and the choices for an unknown toolset', () => {
    expect(() => parseToolsetNames('gateway,shell')).toThrow(ConfigurationError);
    expect(() => parseToolsetNames('gateway,shell')).toThrow(/GW_TOOLSETS: unknown toolset "shell" \(available: gateway, code, workspace, store\)/);
  });
});

describe('registerToolsets', () => {
  it('registers the workspace tools when a root is configured', () => {
    const names = registerToolsets(server(), { toolsets: ['workspace'], workspace: { root } }).map((definition) => definition.name);
    expect(names).toEqual(expect.arrayContaining(['fs_read', 'fs_write', 'fs_list', 'git_diff', 'git_status', 'run_vitest', 'run_playwright']));
    const readOnly = registerToolsets(server(), { toolsets: ['workspace'], workspace: { root, readOnly: true } }).map((definition) => definition.name);
    expect(readOnly).not.toContain('fs_write');
  });

  it('refuses an enabled toolset that is not configured, naming the setting', () => {
    expect(() => registerToolsets(server(), { toolsets: ['workspace'] })).toThrow(/GW_WORKSPACE_ROOT/);
    expect(() => registerToolsets(server(), { toolsets: ['store'], store: {} })).toThrow(/REDIS_URL, GW_DB_QUERY_URL/);
    expect(() => registerToolsets(server(), { toolsets: ['code'] })).toThrow(/code toolset needs/);
    expect(() => registerToolsets(server(), { toolsets: ['gateway'] })).toThrow(/provider registry/);
  });
});

describe('createWorkspaceFileReader', () => {
  it('reads inside the root and refuses paths that leave it', async () => {
    const read = createWorkspaceFileReader({ root });
    expect(await read('inside.ts')).toBe('export const answer = 42;\n');
    await expect(read('../outside.txt')).rejects.toMatchObject({ message: expect.not.stringContaining('secret') });
    await expect(read(join(parent, 'outside.txt'))).rejects.toBeDefined();
  });
});
