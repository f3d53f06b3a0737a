import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { assertBinBuilt, workspaceRoot } from './bin-setup.js';

const run = promisify(execFile);

// Downloads Node 22 and the inspector through npx on a cold cache: a generous timeout.
it('the official MCP Inspector CLI lists the tools and calls chat_completion (tools/scripts/mcp-inspector-check.sh)', { timeout: 300_000 }, async () => {
  assertBinBuilt();
  const script = join(workspaceRoot, 'tools', 'scripts', 'mcp-inspector-check.sh');
  const { stdout } = await run('bash', [script], { cwd: workspaceRoot, timeout: 290_000, maxBuffer: 10 * 1024 * 1024 });
  expect(stdout).toMatch(/^mcp-inspector-check: ok — tools: chat_completion, list_models; chat_completion answered "\[gpt-6-luna\] echo: hello from the inspector"/m);
  process.stderr.write(stdout);
});
