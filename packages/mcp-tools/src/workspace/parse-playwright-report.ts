import type { TestRunSummary } from './test-run-summary.js';

interface PlaywrightSpec {
  title?: string;
  ok?: boolean;
  file?: string;
  tests?: { status?: string; projectName?: string }[];
}

interface PlaywrightSuite {
  title?: string;
  file?: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; skipped?: number; flaky?: number };
  suites?: PlaywrightSuite[];
  errors?: { message?: string }[];
}

function collectFailures(suite: PlaywrightSuite, trail: string[], failures: string[]): void {
  const here = suite.title ? [...trail, suite.title] : trail;
  for (const spec of suite.specs ?? []) {
    const failed = spec.ok === false || (spec.tests ?? []).some((test) => test.status === 'unexpected');
    if (failed) failures.push([...here, spec.title ?? '(unnamed test)'].join(' > '));
  }
  for (const child of suite.suites ?? []) collectFailures(child, here, failures);
}

/** Reads Playwright's `--reporter=json` report: stats plus the failing specs' titles (file > describe > test). */
export function parsePlaywrightReport(json: string): TestRunSummary {
  const report = JSON.parse(json) as PlaywrightReport;
  const failingTests: string[] = [];
  for (const suite of report.suites ?? []) collectFailures(suite, [], failingTests);
  for (const error of report.errors ?? []) failingTests.push(`(run error: ${(error.message ?? '').split('\n')[0]!.slice(0, 300)})`);
  const passed = (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
  const failed = report.stats?.unexpected ?? failingTests.length;
  const skipped = report.stats?.skipped ?? 0;
  return { passed, failed, skipped, total: passed + failed + skipped, failingTests };
}
