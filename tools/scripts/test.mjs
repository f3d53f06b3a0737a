#!/usr/bin/env node
// The README's test command: lint, TypeScript project references in sync, typecheck and every project's
// tests, then one closing line with the counts and the name of every skipped test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const resultsDirectory = mkdtempSync(join(tmpdir(), 'gw-test-results-'));
const environment = { ...process.env, GW_TEST_RESULTS_DIR: resultsDirectory, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

function run(label, command, args) {
  process.stderr.write(`\n== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: environment });
  return result.status === 0;
}

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['project references', 'npx', ['nx', 'sync:check']],
  ['typecheck and tests', 'npx', ['nx', 'run-many', '-t', 'typecheck', 'test', '--skip-nx-cache', '--outputStyle=stream', ...process.argv.slice(2)]],
];
let failedStep;
for (const [label, command, args] of steps) {
  if (!run(label, command, args)) {
    failedStep = label;
    break;
  }
}

let passed = 0;
let failed = 0;
const skipped = [];
for (const file of readdirSync(resultsDirectory)) {
  const report = JSON.parse(readFileSync(join(resultsDirectory, file), 'utf8'));
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') failed++;
      else skipped.push(`${file.replace(/\.json$/, '')}: ${test.fullName}`);
    }
  }
}
rmSync(resultsDirectory, { recursive: true, force: true });

if (skipped.length > 0) {
  console.log(`\nSkipped tests (${skipped.length}):`);
  for (const name of skipped) console.log(`  - ${name}`);
}
if (failedStep) console.log(`\nFailed step: ${failedStep}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failedStep || failed > 0 ? 1 : 0);
