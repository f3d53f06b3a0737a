import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new migration into ./drizzle after a schema change; commit it.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/schema/api-keys.ts', './src/schema/model-mappings.ts'],
  out: './drizzle',
  strict: true,
});
