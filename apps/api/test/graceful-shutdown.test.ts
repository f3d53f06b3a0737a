import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, llmCalls, type CallLogRow } from '@gw/context-store';
import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../src/testing/start-api-process.js';
import { mockProviderConfig } from './in-process-api.js';

describe('gw-api graceful shutdown (built bin, PGlite in a directory)', () => {
  const adminKey = `ak_${'ShutdownAdminKeyForTests'.repeat(2)}`;
  let mock: MockLlm;
  let directory: string;
  let api: ApiProcess;

  beforeAll(async () => {
    mock = await startMockLlm({ port: 0 });
    directory = await mkdtemp(join(tmpdir(), 'gw-api-shutdown-'));
    const configPath = join(directory, 'gw.json');
    const config = mockProviderConfig(mock);
    await writeFile(configPath, JSON.stringify({ ...config, providers: config.providers.map((provider) => ({ ...provider, apiKey: '${MOCK_UPSTREAM_KEY}' })) }));
    api = await startApiProcess({ GW_CONFIG: configPath, MOCK_UPSTREAM_KEY: 'test-openai-key', GW_DATA_DIR: join(directory, 'data'), GW_ADMIN_KEY: adminKey });
  });
  afterAll(async () => {
    await api?.stop();
    await mock?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('on SIGTERM stops accepting, finishes the in-flight stream, flushes the call log and exits 0', async () => {
    const post = (requestId: string, content: string, stream: boolean) =>
      fetch(`${api.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'x-api-key': adminKey, 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ model: 'fast-model', stream, messages: [{ role: 'user', content }] }),
      });
    expect((await post('before-shutdown', 'quick', false)).status).toBe(200);

    const inFlight = await post('in-flight-stream', '[[mock: chunk_delay=100 words=12]] slow', true);
    const reader = inFlight.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
    api.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${api.url}/health`)).rejects.toThrow();
    for (let read = await reader.read(); !read.done; read = await reader.read()) text += decoder.decode(read.value);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(await exited).toBe(0);
    expect(api.stderr()).toMatch(/"message":"call log flushed".*"inserted":2/);

    const database = await createDatabase({ kind: 'pglite', dataDir: join(directory, 'data', 'pglite') });
    try {
      const rows = (await database.db.select().from(llmCalls)) as unknown as CallLogRow[];
      expect(rows.map((row) => [row.requestId, row.status]).sort()).toEqual([
        ['before-shutdown', 'success'],
        ['in-flight-stream', 'success'],
      ]);
    } finally {
      await database.close();
    }
  });
});
