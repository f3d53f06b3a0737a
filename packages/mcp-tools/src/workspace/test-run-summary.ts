/** What a test runner's JSON report boils down to. */
export interface TestRunSummary {
  passed: number;
  failed: number;
  skipped: number;
  total: number;
  /** "file > suite > test" for every failing test, and files that failed to load. */
  failingTests: string[];
}
