import { describe, expect, it } from 'vitest';
import { parsePlaywrightReport } from './parse-playwright-report.js';

// The shape Playwright's `--reporter=json` writes: file suites holding describe suites holding specs, and stats.
const report = {
  config: { version: '1.50.0' },
  suites: [
    {
      title: 'login.spec.ts',
      file: 'login.spec.ts',
      specs: [{ title: 'shows the form', ok: true, file: 'login.spec.ts', tests: [{ status: 'expected', projectName: 'chromium' }] }],
      suites: [
        {
          title: 'with a wrong password',
          file: 'login.spec.ts',
          specs: [
            { title: 'shows an error', ok: false, file: 'login.spec.ts', tests: [{ status: 'unexpected', projectName: 'chromium' }] },
            { title: 'locks after three tries', ok: true, file: 'login.spec.ts', tests: [{ status: 'skipped', projectName: 'chromium' }] },
            { title: 'retries once', ok: true, file: 'login.spec.ts', tests: [{ status: 'flaky', projectName: 'chromium' }] },
          ],
        },
      ],
    },
  ],
  errors: [{ message: 'Error: Cannot find module ./missing\n    at stack line' }],
  stats: { startTime: '2026-11-22T00:00:00.000Z', duration: 1234, expected: 1, unexpected: 1, skipped: 1, flaky: 1 },
};

describe('parsePlaywrightReport', () => {
  it('counts by the stats (flaky passes count as passed) and names failing specs by file > describe > test', () => {
    expect(parsePlaywrightReport(JSON.stringify(report))).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      total: 4,
      failingTests: ['login.spec.ts > with a wrong password > shows an error', '(run error: Error: Cannot find module ./missing)'],
    });
  });

  it('falls back to the failing specs when stats are missing', () => {
    const { stats: _stats, errors: _errors, ...withoutStats } = report;
    expect(parsePlaywrightReport(JSON.stringify(withoutStats))).toMatchObject({ passed: 0, failed: 1, skipped: 0 });
  });

  it('throws on a report that is not JSON, so the tool can say the runner gave no report', () => {
    expect(() => parsePlaywrightReport('Error: no tests found')).toThrow();
  });
});
