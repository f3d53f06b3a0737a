import { relative } from 'node:path';
import type { TestRunSummary } from './test-run-summary.js';

interface VitestAssertion {
  fullName?: string;
  title?: string;
  status?: string;
}

interface VitestFileResult {
  name?: string;
  status?: string;
  message?: string;
  assertionResults?: VitestAssertion[];
}

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numTotalTests?: number;
  numFailedTestSuites?: number;
  testResults?: VitestFileResult[];
}

/** Reads vitest's `--reporter=json` report (the Jest-compatible shape). File names are made relative to the root. */
export function parseVitestReport(json: string, rootReal: string): TestRunSummary {
  const report = JSON.parse(json) as VitestReport;
  const failingTests: string[] = [];
  for (const file of report.testResults ?? []) {
    const name = file.name ? relative(rootReal, file.name) : '(unknown file)';
    const failures = (file.assertionResults ?? []).filter((assertion) => assertion.status === 'failed');
    for (const failure of failures) failingTests.push(`${name} > ${failure.fullName ?? failure.title ?? '(unnamed test)'}`);
    if (file.status === 'failed' && failures.length === 0) failingTests.push(`${name} (the file failed: ${(file.message ?? 'see output').split('\n')[0]!.slice(0, 300)})`);
  }
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return {
    passed: report.numPassedTests ?? 0,
    failed: Math.max(report.numFailedTests ?? 0, failingTests.length),
    skipped,
    total: report.numTotalTests ?? 0,
    failingTests,
  };
}
