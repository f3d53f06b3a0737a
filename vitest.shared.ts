import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * One vitest setup for every project: resolve workspace packages from their TypeScript source
 * (the `@gw/source` export condition) so tests never need a prior build of their dependencies.
 */
export function createVitestConfig(projectRoot: string, name: string) {
  const conditions = ['@gw/source', ...defaultServerConditions];
  // The root test script collects every project's JSON report to print one closing count.
  const resultsDirectory = process.env.GW_TEST_RESULTS_DIR;
  const reporters: (string | [string, Record<string, unknown>])[] = ['default'];
  if (resultsDirectory) reporters.push(['json', { outputFile: `${resultsDirectory}/${name.replace(/[^a-z0-9-]/gi, '_')}.json` }]);
  return defineConfig({
    root: projectRoot,
    cacheDir: `${projectRoot}/../../node_modules/.vite/${name}`,
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@gw/source'] } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 20_000,
      hookTimeout: 30_000,
      reporters,
      pool: 'forks',
      // A project scaffolded for an issue in progress has no tests yet; the closing count still shows what ran.
      passWithNoTests: true,
    },
  });
}
