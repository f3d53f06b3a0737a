import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockLlm } from '@gw/mock-llm';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAgentOutput } from '@gw/mcp-tools';
import { baseEnvironment, connectToBin, spawnBin, startTestUpstream, textOf, writeTieredConfig } from './bin-setup.js';

let mock: MockLlm;
let directory: string;
let workspace: string;
let configPath: string;

beforeAll(async () => {
  mock = await startTestUpstream();
  directory = mkdtempSync(join(tmpdir(), 'gw-mcp-toolsets-'));
  workspace = join(directory, 'workspace');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'cache.ts'), 'export class Cache {}\n');
  writeFileSync(join(directory, 'outside.txt'), 'not for the assistant\n');
  configPath = join(directory, 'gw.json');
  writeTieredConfig(mock, configPath);
});
afterAll(async () => {
  await mock.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('GW_TOOLSETS', () => {
  it('serves the workspace and code toolsets when configured, confined to the root', async () => {
    const spawned = await connectToBin(baseEnvironment({ GW_CONFIG: configPath, GW_TOOLSETS: 'gateway,workspace,code', GW_WORKSPACE_ROOT: workspace }));
    try {
      const names = (await spawned.client.listTools()).tools.map((tool) => tool.name);
      expect(names).toEqual(expect.arrayContaining(['chat_completion', 'list_models', 'fs_read', 'fs_list', 'git_status', 'code_agent']));
      expect(names).not.toContain('redis_get');

      const inside = (await spawned.client.callTool({ name: 'fs_read', arguments: { path: 'cache.ts' } })) as CallToolResult;
      expect(inside.isError).toBeFalsy();
      expect(textOf(inside)).toContain('export class Cache {}');
      const outside = (await spawned.client.callTool({ name: 'fs_read', arguments: { path: '../outside.txt' } })) as CallToolResult;
      expect(outside.isError).toBe(true);
      expect(JSON.stringify(outside)).not.toContain('not for the assistant');

      mock.reset();
      const agent = (await spawned.client.callTool({
        name: 'code_agent',
        arguments: { task: 'Add an LRU eviction policy to the cache', files: ['cache.ts'], max_steps: 2 },
      })) as CallToolResult;
      expect(agent.isError, textOf(agent)).toBeFalsy();
      const output = agent.structuredContent as CodeAgentOutput;
      expect(output.todo.items.length).toBeGreaterThan(0);
      expect(output.todo.items.every((item) => item.done)).toBe(true);
      expect(output.steps.length).toBe(output.todo.items.length);
      // One planning call and one call per step reached the upstream, and the file went into a step prompt.
      expect(mock.requests().filter((request) => request.path === '/v1/chat/completions')).toHaveLength(output.steps.length + 1);
      expect(JSON.stringify(mock.requests().at(-1)!.body)).toContain('export class Cache {}');
    } finally {
      await spawned.close();
    }
  });

  it('model "auto" with stream: true streams the routed answer as progress notifications', async () => {
    const spawned = await connectToBin(baseEnvironment({ GW_CONFIG: configPath }));
    try {
      const pieces: string[] = [];
      const result = (await spawned.client.callTool(
        { name: 'chat_completion', arguments: { model: 'auto', stream: true, messages: [{ role: 'user', content: 'tell me a short story please' }] } },
        undefined,
        { onprogress: (progress) => pieces.push(progress.message ?? '') },
      )) as CallToolResult;
      const answer = '[tier-zero] echo: tell me a short story please';
      expect(pieces.length).toBeGreaterThan(3);
      expect(pieces.join('')).toBe(answer);
      expect(textOf(result)).toBe(answer);
      expect(result.structuredContent).toMatchObject({ model: 'tier-zero', streamed: true });
    } finally {
      await spawned.close();
    }
  });

  it.each([
    [{ GW_TOOLSETS: 'gateway,shell' }, /^gw-mcp: GW_TOOLSETS: unknown toolset "shell"/],
    [{ GW_TOOLSETS: 'gateway,workspace' }, /^gw-mcp: GW_WORKSPACE_ROOT: /],
    [{ GW_TOOLSETS: 'store' }, /^gw-mcp: GW_TOOLSETS: the store toolset is enabled but none of REDIS_URL/],
  ])('a toolset enabled without its settings fails at start with one line: %o', async (variables, expected) => {
    const run = spawnBin(baseEnvironment({ GW_CONFIG: configPath, ...variables }));
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    expect(run.stdout()).toBe('');
    const lines = run.stderr().split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });
});
