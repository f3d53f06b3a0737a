// Calibrates the router's difficulty thresholds on sample prompts (RouteLLM-style quantiles of
// analyzeTask difficulty), using the BUILT package (../dist/index.js; run `nx run @gw/router:build` first).
//
//   node scripts/calibrate.mjs <samples.jsonl|samples.txt> [--strong-share 0.3] [--tiers 4] [--strong-tier 2]
//
// .txt: one prompt per line (blank lines skipped). .jsonl: one sample per line — a JSON string, a
// message array, or an object with `messages` (an array) or `prompt` / `text` / `content` (a string).
// stdout: JSON usable as router options, e.g. {"difficultyThresholds":[0.21,0.48,0.77]};
// stderr: how the samples split over the tiers.
import console from 'node:console';
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const usage = 'usage: calibrate.mjs <samples.jsonl|samples.txt> [--strong-share 0.3] [--tiers 4] [--strong-tier N]';

function fail(message) {
  console.error(`calibrate: ${message}\n${usage}`);
  process.exit(2);
}

function toSample(value, lineNumber) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    if (Array.isArray(value.messages)) return value.messages;
    for (const key of ['prompt', 'text', 'content']) if (typeof value[key] === 'string') return value[key];
  }
  return fail(`line ${lineNumber}: expected a string, a message array, or an object with messages/prompt/text/content`);
}

function readSamples(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${error.message}`);
  }
  const lines = text.split(/\r?\n/);
  if (extname(file).toLowerCase() === '.jsonl') {
    const samples = [];
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        fail(`line ${index + 1} of ${file} is not JSON`);
      }
      samples.push(toSample(value, index + 1));
    });
    return samples;
  }
  return lines.filter((line) => line.trim() !== '');
}

function readNumber(value, name) {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) fail(`--${name} must be a number`);
  return number;
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { 'strong-share': { type: 'string' }, tiers: { type: 'string' }, 'strong-tier': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(error.message);
  }
})();
if (values.help) {
  console.error(usage);
  process.exit(0);
}
if (positionals.length !== 1) fail('give exactly one samples file');

const here = dirname(fileURLToPath(import.meta.url));
const { calibrateThresholds } = await import(pathToFileURL(resolve(here, '../dist/index.js')).href).catch(() =>
  fail('the package is not built: run `npx nx run @gw/router:build` first'),
);

const samples = readSamples(positionals[0]);
if (samples.length === 0) fail(`${positionals[0]} holds no samples`);
const options = { targetStrongShare: readNumber(values['strong-share'], 'strong-share') ?? 0.3 };
const tiers = readNumber(values.tiers, 'tiers');
const strongTier = readNumber(values['strong-tier'], 'strong-tier');
if (tiers !== undefined) options.tiers = tiers;
if (strongTier !== undefined) options.strongTier = strongTier;

let result;
try {
  result = calibrateThresholds(samples, options);
} catch (error) {
  fail(error.message);
}
const round = (value) => Math.round(value * 1e6) / 1e6;
console.error(
  `calibrate: ${result.sampleCount} samples; strong share ${round(result.strongShare)} (target ${options.targetStrongShare}); ` +
    `per tier ${result.tierShares.map((share, tier) => `${tier}: ${round(share)}`).join(', ')}`,
);
process.stdout.write(`${JSON.stringify({ difficultyThresholds: result.difficultyThresholds })}\n`);
