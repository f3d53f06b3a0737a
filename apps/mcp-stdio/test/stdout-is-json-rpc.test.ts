import type { MockLlm } from '@gw/mock-llm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initializeRequest, openAiTestKey, singleProviderEnvironment, spawnBin, startTestUpstream } from './bin-setup.js';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startTestUpstream();
});
afterAll(async () => {
  await mock.close();
});

const totalCalls = 200;
const concurrency = 20;
const say = (text: string) => [{ role: 'user', content: text }];

/** Ten kinds of call, successes and failures, streamed and not. */
function callFor(index: number): { method: string; params: Record<string, unknown> } {
  const chat = (args: Record<string, unknown>, progressToken?: string) => ({
    method: 'tools/call',
    params: { name: 'chat_completion', arguments: args, ...(progressToken ? { _meta: { progressToken } } : {}) },
  });
  switch (index % 10) {
    case 0:
      return chat({ messages: say(`question ${index}`) });
    case 1:
      return chat({ messages: say(`stream ${index} with several words in it`), stream: true }, `progress-${index}`);
    case 2:
      return chat({ messages: say(`[[mock: status=500]] fail ${index}`) });
    case 3:
      return chat({ messages: say(`[[mock: status=429 retry_after=1]] limited ${index}`) });
    case 4:
      return chat({ messages: say('bad'), temperature: 9 });
    case 5:
      return { method: 'tools/call', params: { name: 'no_such_tool', arguments: {} } };
    case 6:
      return { method: 'tools/call', params: { name: 'list_models', arguments: { capability: 'vision' } } };
    case 7:
      return chat({ messages: say(`[[mock: cut_after=1]] cut ${index}`) });
    case 8:
      return chat({ messages: say(`[[mock: tool_call]] tools ${index}`), tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }] });
    default:
      return chat({ messages: say(`[[mock: error_event_after=2]] broken stream ${index}`), stream: true }, `progress-${index}`);
  }
}

it(`${totalCalls} mixed calls: every stdout line is a JSON-RPC 2.0 message`, async () => {
  const run = spawnBin(singleProviderEnvironment(mock, 'openai', { LOG_LEVEL: 'debug' }));
  const pending = new Map<number, (message: Record<string, unknown>) => void>();
  let buffer = '';
  const lines: string[] = [];
  run.child.stdout.on('data', (data: Buffer) => {
    buffer += data.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      lines.push(line);
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue; // counted below
      }
      if (typeof message.id === 'number') pending.get(message.id)?.(message);
    }
  });
  const request = (id: number, method: string, params: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve) => {
      pending.set(id, resolve);
      run.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
    });

  await request(0, initializeRequest.method, initializeRequest.params);
  run.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
  const responses: Record<string, unknown>[] = [];
  for (let start = 1; start <= totalCalls; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, totalCalls - start + 1) }, (_, offset) => {
      const id = start + offset;
      const { method, params } = callFor(id);
      return request(id, method, params);
    });
    responses.push(...(await Promise.all(batch)));
  }
  run.child.stdin.end();
  expect(await run.exited).toEqual({ code: 0, signal: null });
  expect(buffer).toBe('');

  let parsed = 0;
  let notifications = 0;
  let results = 0;
  let toolErrors = 0;
  let protocolErrors = 0;
  for (const line of lines) {
    const message = JSON.parse(line) as Record<string, unknown>;
    parsed += 1;
    expect(message.jsonrpc).toBe('2.0');
    if ('method' in message) {
      notifications += 1;
      expect(message.method).toBe('notifications/progress');
    } else {
      expect(typeof message.id).toBe('number');
      expect('result' in message !== 'error' in message).toBe(true);
      if ('error' in message) protocolErrors += 1;
      else if ((message.result as { isError?: boolean }).isError) toolErrors += 1;
      else results += 1;
    }
  }
  const stdout = run.stdout();
  expect(stdout).not.toContain(openAiTestKey);
  expect(run.stderr()).not.toContain(openAiTestKey);
  expect(responses).toHaveLength(totalCalls);
  expect(parsed).toBe(lines.length);
  // 20 per kind: 80 successes (chat, stream, list_models, tool calls), 100 isError results, 20 unknown-tool protocol errors.
  expect(protocolErrors).toBe(totalCalls / 10);
  expect(toolErrors).toBe((totalCalls / 10) * 5);
  const ids = lines.map((line) => (JSON.parse(line) as { id?: number }).id).filter((id) => id !== undefined);
  // One answer per request (the initialize answer included in `results`).
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(totalCalls + 1);
  expect(results).toBe((totalCalls / 10) * 4 + 1);
  expect(notifications).toBeGreaterThan(totalCalls / 10);
  const figure = { calls: totalCalls, stdoutLines: lines.length, stdoutBytes: Buffer.byteLength(stdout), parsedAsJsonRpc: parsed, responses: ids.length, successes: results - 1, isErrorResults: toolErrors, protocolErrors, progressNotifications: notifications, stderrLines: run.stderr().trim().split('\n').length };
  process.stderr.write(`stdout check: ${JSON.stringify(figure)}\n`);
});
