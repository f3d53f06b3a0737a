// Spawns gw-mcp and times spawn → `tools/list` answered, speaking raw JSON-RPC lines over stdio.
import { spawn } from 'node:child_process';

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'cold-start-bench', version: '0' } },
};

/** One spawn: resolves with milliseconds from spawn to the tools/list answer and the tool names. */
export function measureColdStart({ command = process.execPath, args, env, cwd, timeoutMs = 10_000 }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no tools/list answer within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (data) => (stderr += data));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 && buffer.indexOf('"id":2') === -1) reject(new Error(`exited with ${code}; stderr: ${stderr}`));
    });
    child.stdout.on('data', (data) => {
      buffer += data;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const message = JSON.parse(line);
        if (message.id === 1) {
          child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
          child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })}\n`);
        } else if (message.id === 2) {
          const milliseconds = performance.now() - started;
          clearTimeout(timer);
          child.stdin.end();
          child.once('exit', () => resolve({ milliseconds, tools: message.result.tools.map((tool) => tool.name) }));
        }
      }
    });
    child.stdin.write(`${JSON.stringify(initialize)}\n`);
  });
}

export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
