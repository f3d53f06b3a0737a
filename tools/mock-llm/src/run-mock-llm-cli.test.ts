import { spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMockLlmCli } from './run-mock-llm-cli.js';
import type { CliEnvironment } from './run-mock-llm-cli.js';

function fakeEnvironment() {
  const signals = new EventEmitter();
  const output: string[] = [];
  const environment: CliEnvironment = {
    writeError: (text) => output.push(text),
    onShutdownSignal: (listener) => signals.once('shutdown', listener),
  };
  return { environment, output, signals };
}

function tsxAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('tsx');
    return true;
  } catch {
    return false;
  }
}

describe('runMockLlmCli', () => {
  it('starts the mock, prints one listening line to stderr and closes on a shutdown signal', async () => {
    const { environment, output, signals } = fakeEnvironment();
    const mock = await runMockLlmCli(['--port', '0', '--rule', 'reply=from-cli'], environment);
    if (typeof mock === 'number') throw new Error(`exit code ${mock}`);
    expect(output).toEqual([`mock-llm listening on http://127.0.0.1:${mock.port}\n`]);
    const response = await fetch(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(await response.json()).toMatchObject({ choices: [{ message: { content: 'from-cli' } }] });
    signals.emit('shutdown');
    await mock.close();
    await expect(fetch(`${mock.url}/__mock/health`)).rejects.toThrow();
  });

  it('returns exit code 2 with the usage for bad arguments', async () => {
    const { environment, output } = fakeEnvironment();
    expect(await runMockLlmCli(['--port', 'x'], environment)).toBe(2);
    expect(output.join('')).toMatch(/--port needs a non-negative whole number[\s\S]*Usage: gw-mock-llm/);
  });

  it.skipIf(!tsxAvailable())('runs as a process that exits with code 0 on SIGTERM (skipped without tsx)', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /^mock-llm listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(stderr);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child.once('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    expect(await (await fetch(`${url}/__mock/health`)).json()).toEqual({ status: 'ok' });
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(stdout).toBe('');
  });
});
