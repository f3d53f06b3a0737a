import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { runTestRunner, type TestRunnerKind } from './run-test-runner.js';
import type { WorkspaceToolContext } from './workspace-tool-context.js';

export const testRunnerInputSchema = z.object({
  testPath: z.string().max(65_536).optional().describe('Test file or directory relative to the workspace root (default: all tests)'),
});

export const testRunnerOutputSchema = z.object({
  runner: z.enum(['vitest', 'playwright']),
  test_path: z.string(),
  success: z.boolean(),
  passed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  total: z.number().int(),
  failing_tests: z.array(z.string()),
  exit_code: z.number().int().nullable(),
  output: z.string().describe('The end of the runner output'),
  output_truncated: z.boolean(),
});

export function createTestRunnerTool(kind: TestRunnerKind, context: WorkspaceToolContext): ToolDefinition {
  const name = kind === 'vitest' ? 'run_vitest' : 'run_playwright';
  return defineTool({
    name,
    title: kind === 'vitest' ? 'Run Vitest tests' : 'Run Playwright tests',
    description: `Run the workspace's ${kind} tests (all, or one file or directory) and report passed, failed and skipped counts and the failing test names. Stopped after ${Math.round(context.limits.testTimeoutMs / 1000)} s.`,
    inputSchema: testRunnerInputSchema,
    outputSchema: testRunnerOutputSchema,
    // Runs the workspace's own code (tests, configs) with the server's rights: it can write files (caches,
    // snapshots, whatever a test does) and reach the network, so it is neither read-only nor closed-world.
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    handler: (input, extra) =>
      runToolHandler(name, context.logger, async () => {
        const outcome = await runTestRunner(kind, context, input.testPath, extra.signal);
        const success = outcome.failed === 0 && outcome.exitCode === 0;
        const structured: z.output<typeof testRunnerOutputSchema> = {
          runner: kind,
          test_path: outcome.testPath,
          success,
          passed: outcome.passed,
          failed: outcome.failed,
          skipped: outcome.skipped,
          total: outcome.total,
          failing_tests: outcome.failingTests,
          exit_code: outcome.exitCode,
          output: outcome.output,
          output_truncated: outcome.outputTruncated,
        };
        const lines = [
          `${kind}: ${outcome.passed} passed, ${outcome.failed} failed, ${outcome.skipped} skipped (${outcome.total} total)${success ? '' : ' — FAILED'}`,
          ...outcome.failingTests.map((test) => `✗ ${test}`),
          '',
          outcome.outputTruncated ? `(output truncated: only the last ${context.limits.maxOutputChars} characters are shown)` : '',
          outcome.output,
        ];
        return { content: [{ type: 'text', text: lines.filter((line, index) => line !== '' || index === 0 || lines[index - 1] !== '').join('\n') }], structuredContent: structured };
      }),
  });
}
