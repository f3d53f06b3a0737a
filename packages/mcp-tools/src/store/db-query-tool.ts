import type { Sql } from 'postgres';
import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { checkReadOnlySql } from './check-read-only-sql.js';
import { describeDatabaseError } from './describe-database-error.js';
import { runReadOnlyQuery } from './run-read-only-query.js';
import type { StoreToolContext } from './store-tool-context.js';
import { findQueryRoleProblems, unsafeRoleFailure } from './verify-query-role.js';

const parameterValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const dbQueryInputSchema = z.object({
  sql: z.string().max(100_000).describe('One read-only statement (SELECT, WITH … SELECT, VALUES, TABLE, EXPLAIN, SHOW); use $1, $2 … for values'),
  params: z.array(parameterValue).max(1000).default([]).describe('Values for $1, $2 …'),
});

export const dbQueryOutputSchema = z.object({
  rows: z.array(z.record(z.string(), z.unknown())),
  row_count: z.number().int(),
  truncated: z.boolean().describe('True when more rows existed than the row limit'),
});

function toJsonSafe(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))) as Record<string, unknown>[];
}

export function createDbQueryTool(context: StoreToolContext, database: () => Sql): ToolDefinition {
  let roleChecked: Promise<string[]> | undefined;
  return defineTool({
    name: 'db_query',
    title: 'Query the database',
    description: `Run one read-only SQL statement with $n parameters. Read-only transaction, ${context.limits.statementTimeoutMs} ms timeout, at most ${context.limits.rowLimit} rows, under a role that can read only the allowed tables.`,
    inputSchema: dbQueryInputSchema,
    outputSchema: dbQueryOutputSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('db_query', context.logger, async () => {
        checkReadOnlySql(input.sql);
        try {
          // Checked once per connection source; a failed check is retried on the next call.
          roleChecked ??= findQueryRoleProblems(database());
          const problems = await roleChecked.catch((error: unknown) => {
            roleChecked = undefined;
            throw error;
          });
          if (problems.length > 0) {
            roleChecked = undefined;
            throw unsafeRoleFailure(problems);
          }
          const result = await runReadOnlyQuery(database(), input.sql, input.params, context.limits.rowLimit, context.limits.statementTimeoutMs);
          const rows = toJsonSafe(result.rows);
          const structured: z.output<typeof dbQueryOutputSchema> = { rows, row_count: rows.length, truncated: result.truncated };
          const note = result.truncated ? `\n(only the first ${context.limits.rowLimit} rows; add a WHERE or LIMIT to see others)` : '';
          return { content: [{ type: 'text', text: `${rows.length} row${rows.length === 1 ? '' : 's'}\n${JSON.stringify(rows)}${note}` }], structuredContent: structured };
        } catch (error) {
          throw describeDatabaseError(error, 'db_query');
        }
      }),
  });
}
