import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readServerSettings } from '../src/read-server-settings.js';
import { workspaceRoot } from './bin-setup.js';

interface ServerEntry {
  command: string;
  args: string[];
  env: Record<string, string>;
}

const clientsDoc = readFileSync(join(workspaceRoot, 'docs', 'clients.md'), 'utf8');
const jsonBlocks = [...clientsDoc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as { mcpServers?: Record<string, ServerEntry> });
const entries = jsonBlocks.flatMap((block) => Object.entries(block.mcpServers ?? {}));

it('docs/clients.md has a config for every provider setup', () => {
  expect(entries.length).toBeGreaterThanOrEqual(7);
});

// Every documented config is accepted by the server as written (GW_CONFIG needs its file, checked elsewhere).
it.each(entries.filter(([, entry]) => !entry.env.GW_CONFIG))('the documented "%s" config starts', (_name, entry) => {
  expect(entry.command).toBe('npx');
  expect(entry.args).toEqual(['-y', '@gw/mcp-stdio']);
  expect(() => readServerSettings(entry.env)).not.toThrow();
});
