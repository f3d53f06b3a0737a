#!/usr/bin/env node
// Bundles the gw-mcp bin into dist/main.js (replacing tsc's unbundled entry) plus a lazily loaded runtime bundle.
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
  // Located by import.meta.url at run time (PGlite's wasm and data files, context-store's migrations), so
  // they must load from their installed packages, not from inside the bundle.
  external: ['@gw/context-store', '@electric-sql/pglite'],
  minify: true,
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

// The runtime (HTTP client, adapters, translation, router, database drivers) is imported on the first tool call,
// or at start when the store or code toolset is enabled. esbuild's code
// splitting keeps a whole shared package in the shared chunk, so the lazy part is its own bundle and the
// bin's `import('./gateway-runtime.js')` is pointed at it.
const lazyRuntimeFile = 'gw-mcp-runtime.js';
const pointAtLazyBundle = {
  name: 'point-at-lazy-runtime-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/gateway-runtime\.js$/ }, () => ({ path: `./${lazyRuntimeFile}`, external: true }));
  },
};

const results = await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/main.js', plugins: [pointAtLazyBundle] }),
  build({ ...common, entryPoints: ['src/gateway-runtime.ts'], outfile: `dist/${lazyRuntimeFile}` }),
]);
const outputs = results.flatMap((result) => Object.entries(result.metafile.outputs)).map(([file, output]) => `${file} ${(output.bytes / 1024).toFixed(0)} KiB`);
process.stderr.write(`bundle-bin: ${outputs.join(', ')}\n`);
