// Evaluates analyzeTask(...).difficulty as a RouteLLM-style router score on the MT-Bench routing
// benchmark (github.com/lm-sys/RouteLLM data, packaged with its own eval.mjs).
//
//   node scripts/evaluate-routing-bench.mjs <routing-bench-dir> [extra eval.mjs args]
//
// Runs the benchmark's eval.mjs twice — the default setting (turn-1 scores, 80 questions) and the
// RouteLLM setting (--turns both --exclude-contaminated, 72 questions) — with a scorer module that
// calls the BUILT package (../dist/index.js; build first), then prints APGR, CPT(50%), CPT(80%) and a
// confusion table of analyzeTask's task type against the benchmark's categories.
//
// The benchmark is only read here, at evaluation time: nothing in the package depends on it.
import { execFile } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const builtPackage = resolve(here, '../dist/index.js');

const SETTINGS = [
  { name: 'default (turn 1, 80 questions)', args: [] },
  { name: 'RouteLLM (--turns both --exclude-contaminated)', args: ['--turns', 'both', '--exclude-contaminated'] },
];
const MODELS = ['--strong', 'gpt-4', '--weak', 'mixtral'];
/** Task types as table columns, with short headers so the table fits a terminal. */
const TASK_TYPE_COLUMNS = [
  ['code', 'code'],
  ['math', 'math'],
  ['reasoning', 'reason'],
  ['extraction', 'extract'],
  ['summarization', 'summary'],
  ['translation', 'transl'],
  ['creative_writing', 'creative'],
  ['question_answering', 'qa'],
  ['vision', 'vision'],
  ['tool_use', 'tools'],
];

function fail(message) {
  console.error(`evaluate-routing-bench: ${message}`);
  process.exit(2);
}

// eval.mjs routes on the turn-1 prompt in every setting (with --turns both only the quality it
// measures is the mean of both turns' judge scores), so one scorer serves both settings.
function scorerModuleSource() {
  return [
    `import { analyzeTask } from ${JSON.stringify(pathToFileURL(builtPackage).href)};`,
    `export function score(prompt) {`,
    `  return analyzeTask([{ role: 'user', content: prompt }]).difficulty;`,
    `}`,
    '',
  ].join('\n');
}

async function runEval(evalScript, scorerPath, settingArgs, extraArgs) {
  const args = [evalScript, '--module', scorerPath, '--export', 'score', ...MODELS, ...settingArgs, ...extraArgs, '--json'];
  const { stdout } = await execFileAsync(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

function percent(fraction) {
  return `${(100 * fraction).toFixed(1)}%`;
}

function printConfusion(rows, analyzeTask) {
  const categories = [...new Set(rows.map((row) => row.category))];
  const table = new Map(categories.map((category) => [category, new Map()]));
  const difficulties = new Map(categories.map((category) => [category, []]));
  for (const row of rows) {
    const analysis = analyzeTask([{ role: 'user', content: row.prompt }]);
    const counts = table.get(row.category);
    counts.set(analysis.taskType, (counts.get(analysis.taskType) ?? 0) + 1);
    difficulties.get(row.category).push(analysis.difficulty);
  }
  const width = 9;
  console.log('\nanalyzeTask task type (columns) by benchmark category (rows), turn-1 prompts:');
  console.log(
    `${'category'.padEnd(12)}${TASK_TYPE_COLUMNS.map(([, header]) => header.padStart(width)).join('')}${'mean difficulty'.padStart(17)}`,
  );
  for (const category of categories) {
    const counts = table.get(category);
    const values = difficulties.get(category);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const cells = TASK_TYPE_COLUMNS.map(([type]) => String(counts.get(type) ?? 0).padStart(width)).join('');
    console.log(`${category.padEnd(12)}${cells}${mean.toFixed(3).padStart(17)}`);
  }
}

async function main() {
  const [benchDirArgument, ...extraArgs] = process.argv.slice(2);
  if (!benchDirArgument || benchDirArgument.startsWith('--')) {
    fail('usage: evaluate-routing-bench.mjs <routing-bench-dir> [extra eval.mjs args]');
  }
  const benchDir = resolve(benchDirArgument);
  const evalScript = join(benchDir, 'eval.mjs');
  const dataFile = join(benchDir, 'mtbench-routing.jsonl');
  if (!existsSync(evalScript) || !existsSync(dataFile)) fail(`${benchDir} has no eval.mjs and mtbench-routing.jsonl`);
  if (!existsSync(builtPackage)) fail(`${builtPackage} is missing: build @gw/router first`);
  const { analyzeTask } = await import(pathToFileURL(builtPackage).href);

  const workDir = mkdtempSync(join(tmpdir(), 'gw-router-eval-'));
  try {
    const scorerPath = join(workDir, 'analyze-task-scorer.mjs');
    writeFileSync(scorerPath, scorerModuleSource());
    console.log('router score: analyzeTask([{ role: "user", content: prompt }]).difficulty');
    console.log(`${'setting'.padEnd(50)}${'n'.padStart(4)}${'APGR'.padStart(8)}${'CPT(50%)'.padStart(10)}${'CPT(80%)'.padStart(10)}`);
    for (const setting of SETTINGS) {
      const result = await runEval(evalScript, scorerPath, setting.args, extraArgs);
      console.log(
        `${setting.name.padEnd(50)}${String(result.n).padStart(4)}${result.apgr.toFixed(3).padStart(8)}${percent(result.cpt50).padStart(10)}${percent(result.cpt80).padStart(10)}`,
      );
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const rows = readFileSync(dataFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line));
  printConfusion(rows, analyzeTask);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
