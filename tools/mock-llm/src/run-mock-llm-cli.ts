import { cliUsage, parseCliArguments } from './parse-cli-arguments.js';
import { startMockLlm } from './start-mock-llm.js';
import type { MockLlm } from './mock-llm-types.js';

export interface CliEnvironment {
  writeError(text: string): void;
  /** Registers the listener for SIGINT and SIGTERM. */
  onShutdownSignal(listener: () => void): void;
}

/**
 * Runs the CLI: starts the mock, reports where it listens on stderr, closes it on a shutdown signal.
 * Returns the exit code for bad arguments, or the running mock.
 */
export async function runMockLlmCli(argv: readonly string[], environment: CliEnvironment): Promise<number | MockLlm> {
  let parsed;
  try {
    parsed = parseCliArguments(argv);
  } catch (error) {
    environment.writeError(`gw-mock-llm: ${(error as Error).message}\n${cliUsage}`);
    return 2;
  }
  if (parsed.help) {
    environment.writeError(cliUsage);
    return 0;
  }
  const mock = await startMockLlm({ port: parsed.port, host: parsed.host, chunkDelayMs: parsed.chunkDelayMs, rules: parsed.rules });
  environment.writeError(`mock-llm listening on ${mock.url}\n`);
  environment.onShutdownSignal(() => {
    void mock.close();
  });
  return mock;
}
