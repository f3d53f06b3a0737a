import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTask } from '../src/index.js';

const run = promisify(execFile);
const packageRoot = join(import.meta.dirname, '..');
const script = join(packageRoot, 'scripts', 'calibrate.mjs');
let directory: string;

const prompts = [
  'hi there',
  'What is the capital of Portugal?',
  'Write a haiku about autumn leaves.',
  'Translate "good morning" into Spanish.',
  'Summarise this sentence: the cat sat on the mat.',
  'Prove that there are infinitely many primes, step by step.',
  'Implement a thread-safe LRU cache in Rust with O(1) get and put, and explain the invariants.',
  'Solve for x: 3x^2 - 12x + 9 = 0, showing each step, then verify both roots.',
  'Write a SQL query that finds, for each customer, the second most recent order, handling ties.',
  'Tell me a joke about cats.',
];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'gw-calibrate-'));
  // The CLI runs on the built package, as users run it.
  await run('npx', ['tsc', '--build', join(packageRoot, 'tsconfig.lib.json')], { cwd: join(packageRoot, '..', '..') });
}, 120_000);
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('calibrate CLI', () => {
  it('prints thresholds that send the target share of the samples to the strong tiers', async () => {
    const file = join(directory, 'samples.txt');
    await writeFile(file, prompts.join('\n\n'));
    const { stdout, stderr } = await run(process.execPath, [script, file, '--strong-share', '0.3']);
    const { difficultyThresholds } = JSON.parse(stdout) as { difficultyThresholds: number[] };
    expect(difficultyThresholds).toHaveLength(3);
    expect([...difficultyThresholds].sort((left, right) => left - right)).toEqual(difficultyThresholds);
    const strongThreshold = difficultyThresholds[1]!;
    const strong = prompts.filter((prompt) => analyzeTask([{ role: 'user', content: prompt }]).difficulty >= strongThreshold);
    expect(strong.length).toBe(3);
    expect(stderr).toMatch(/tier/);
  });

  it('reads JSONL samples in every documented shape', async () => {
    const file = join(directory, 'samples.jsonl');
    const lines = [
      JSON.stringify('plain string prompt'),
      JSON.stringify([{ role: 'user', content: 'a message array' }]),
      JSON.stringify({ messages: [{ role: 'user', content: 'an object with messages' }] }),
      JSON.stringify({ prompt: 'an object with a prompt' }),
    ];
    await writeFile(file, lines.join('\n'));
    const { stdout } = await run(process.execPath, [script, file, '--strong-share', '0.5']);
    expect(JSON.parse(stdout).difficultyThresholds).toHaveLength(3);
  });

  it('fails with exit code 2 and a usage line for a missing file or a bad line', async () => {
    const missing = await run(process.execPath, [script, join(directory, 'nope.txt')]).catch((error: { code: number; stderr: string }) => error);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: calibrate.mjs') });
    const bad = join(directory, 'bad.jsonl');
    await writeFile(bad, '{"unexpected": 1}\n');
    const invalid = await run(process.execPath, [script, bad]).catch((error: { code: number; stderr: string }) => error);
    expect(invalid).toMatchObject({ code: 2, stderr: expect.stringContaining('line 1') });
  });
});
