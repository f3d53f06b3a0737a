import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/out-tsc/**', '**/.nx/**', '**/coverage/**', '**/drizzle/**'],
  },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Libraries and MCP stdio servers: stdout belongs to the protocol (or to the host app). Log to stderr
    // through the injected logger instead.
    files: ['packages/*/src/**/*.ts', 'apps/mcp-stdio/src/**/*.ts', 'apps/model-admin-mcp/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "ExportAllDeclaration", message: 'Name every export explicitly (the index is the API).' },
      ],
    },
  },
);
