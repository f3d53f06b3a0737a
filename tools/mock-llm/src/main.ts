#!/usr/bin/env node
import { runMockLlmCli } from './run-mock-llm-cli.js';

runMockLlmCli(process.argv.slice(2), {
  writeError: (text) => process.stderr.write(text),
  onShutdownSignal(listener) {
    // Closing the server releases every handle, so the process then exits on its own with code 0.
    process.once('SIGINT', listener);
    process.once('SIGTERM', listener);
  },
}).then(
  (result) => {
    if (typeof result === 'number') process.exitCode = result;
  },
  (error: unknown) => {
    process.stderr.write(`gw-mock-llm: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
