import type { MockLlm } from '@gw/mock-llm';
import type { Logger, ProviderRegistry } from '@gw/providers';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectToolset, createTestRegistry, startTestUpstream } from './toolset-setup.js';

let mock: MockLlm;
let registry: ProviderRegistry;
beforeAll(async () => {
  mock = await startTestUpstream();
  registry = createTestRegistry(mock);
});
afterAll(async () => {
  await registry.close();
  await mock.close();
});

it('a call the client cancels aborts the upstream request', async () => {
  const failures: Record<string, unknown>[] = [];
  const logger: Logger = { debug: () => undefined, info: () => undefined, error: () => undefined, warn: (_message, fields) => failures.push(fields ?? {}) };
  const connected = await connectToolset({ registry, defaultModel: 'small-openai', logger });
  try {
    const controller = new AbortController();
    const pending = connected.client.callTool(
      { name: 'chat_completion', arguments: { messages: [{ role: 'user', content: '[[mock: stall=5000]] slow' }] } },
      undefined,
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(pending).rejects.toThrow();
    for (let attempt = 0; attempt < 50 && failures.length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    // The server saw notifications/cancelled, aborted the upstream call, and did not wait for the stall.
    expect(failures).toEqual([expect.objectContaining({ error: 'RequestAbortedError' })]);
    expect(performance.now() - started).toBeLessThan(2_000);
  } finally {
    await connected.close();
  }
});
