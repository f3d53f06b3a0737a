import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new migration into ./drizzle after a schema change; commit it.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/schema/conversations.ts',
    './src/schema/messages.ts',
    './src/schema/context-summaries.ts',
    './src/schema/llm-calls.ts',
    './src/schema/todo-lists.ts',
  ],
  out: './drizzle',
  strict: true,
});
