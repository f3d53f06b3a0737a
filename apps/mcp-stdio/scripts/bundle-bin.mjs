#!/usr/bin/env node
// Bundles the gw-mcp bin into dist/main.js (replacing tsc's unbundled entry) plus a lazily loaded registry bundle.
// Why: loading ~400 small ESM files (MCP SDK, zod, ajv) costs more than the 300 ms cold-start budget on
// a slow disk; one file parses in a fraction of that. bench/cold-start.bench.mjs measures both (the unbundled
// server through tsc's dist/index.js).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: projectRoot,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Workspace packages from their TypeScript source, like the tests.
  conditions: ['@gw/source'],
  // Bundled CommonJS dependencies (undici, ajv) call require(); give them one.
  banner: { js: "import { createRequire as __gwCreateRequire } from 'node:module';\nconst require = __gwCreateRequire(import.meta.url);" },
  minify: true,
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

// The registry (HTTP client, adapters, translation) is imported on the first tool call. esbuild's code
// splitting keeps a whole shared package in the shared chunk, so the lazy part is its own bundle and the
// bin's `import('./create-registry.js')` is pointed at it.
const lazyRegistryFile = 'gw-mcp-registry.js';
const pointAtLazyBundle = {
  name: 'point-at-lazy-registry-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/create-registry\.js$/ }, () => ({ path: `./${lazyRegistryFile}`, external: true }));
  },
};

const results = await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/main.js', plugins: [pointAtLazyBundle] }),
  build({ ...common, entryPoints: ['src/create-registry.ts'], outfile: `dist/${lazyRegistryFile}` }),
]);
const outputs = results.flatMap((result) => Object.entries(result.metafile.outputs)).map(([file, output]) => `${file} ${(output.bytes / 1024).toFixed(0)} KiB`);
process.stderr.write(`bundle-bin: ${outputs.join(', ')}\n`);
