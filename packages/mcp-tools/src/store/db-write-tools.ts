import type { Sql } from 'postgres';
import { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tool-definition.js';
import { runToolHandler } from '../toolset-support/run-tool-handler.js';
import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeDatabaseError } from './describe-database-error.js';
import { quoteIdentifier } from './quote-identifier.js';
import { checkColumn, parameterFor, readTableColumns } from './read-table-columns.js';
import type { StoreToolContext } from './store-tool-context.js';

const value = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]);
const whereValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const dbInsertInputSchema = z.object({
  table: z.string().min(1).max(200).describe('An allow-listed table: table or schema.table'),
  data: z.record(z.string(), value).describe('Column → value of the new row'),
});

export const dbUpdateInputSchema = z.object({
  table: z.string().min(1).max(200).describe('An allow-listed table: table or schema.table'),
  data: z.record(z.string(), value).describe('Column → new value'),
  where: z.record(z.string(), whereValue).describe('Column → value; rows where every column equals its value (null: IS NULL) are updated. Required, not empty.'),
});

export const dbWriteOutputSchema = z.object({ table: z.string(), affected_rows: z.number().int() });

/** Runs one write in a transaction with a local statement timeout; returns the affected row count. */
async function runWrite(sql: Sql, text: string, parameters: unknown[], statementTimeoutMs: number): Promise<number> {
  return sql.begin(async (transaction) => {
    await transaction`select set_config('statement_timeout', ${String(statementTimeoutMs)}, true)`;
    const result = await transaction.unsafe(text, parameters as never[], { prepare: false });
    return result.count;
  });
}

function requireColumns(data: Record<string, unknown>, what: string): string[] {
  const columns = Object.keys(data);
  if (columns.length === 0) throw new ToolFailure('invalid_argument', `${what} is empty.`, `Give at least one column in ${what}.`);
  return columns;
}

export function createDbInsertTool(context: StoreToolContext, database: () => Sql, writeTables: readonly string[]): ToolDefinition {
  return defineTool({
    name: 'db_insert',
    title: 'Insert a row',
    description: `Insert one row into an allow-listed table (${writeTables.join(', ') || 'none configured'}). Columns are checked against the table; values are sent as parameters.`,
    inputSchema: dbInsertInputSchema,
    outputSchema: dbWriteOutputSchema,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    handler: (input) =>
      runToolHandler('db_insert', context.logger, async () => {
        try {
          const sql = database();
          const names = requireColumns(input.data, 'data');
          const table = await readTableColumns(sql, input.table, writeTables);
          for (const name of names) checkColumn(table, name);
          const parameters = names.map((name) => parameterFor(input.data[name], name, table.columns.get(name)!));
          const text = `insert into ${quoteIdentifier(table.schema)}.${quoteIdentifier(table.table)} (${names.map((name) => quoteIdentifier(name)).join(', ')}) values (${names.map((_name, index) => `$${index + 1}`).join(', ')})`;
          const affected = await runWrite(sql, text, parameters, context.limits.statementTimeoutMs);
          return {
            content: [{ type: 'text', text: `Inserted ${affected} row into ${table.schema}.${table.table}.` }],
            structuredContent: { table: `${table.schema}.${table.table}`, affected_rows: affected },
          };
        } catch (error) {
          throw describeDatabaseError(error, 'db_insert');
        }
      }),
  });
}

export function createDbUpdateTool(context: StoreToolContext, database: () => Sql, writeTables: readonly string[]): ToolDefinition {
  return defineTool({
    name: 'db_update',
    title: 'Update rows',
    description: `Update rows of an allow-listed table (${writeTables.join(', ') || 'none configured'}) chosen by equality conditions (a non-empty where is required). Columns are checked against the table; values are sent as parameters.`,
    inputSchema: dbUpdateInputSchema,
    outputSchema: dbWriteOutputSchema,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    handler: (input) =>
      runToolHandler('db_update', context.logger, async () => {
        try {
          const sql = database();
          const setNames = requireColumns(input.data, 'data');
          const whereNames = Object.keys(input.where);
          if (whereNames.length === 0) {
            throw new ToolFailure('where_required', 'db_update needs a non-empty where; it never updates every row.', 'Give where: { column: value, … } naming the rows to change.');
          }
          const table = await readTableColumns(sql, input.table, writeTables);
          for (const name of [...setNames, ...whereNames]) checkColumn(table, name);
          const parameters: unknown[] = setNames.map((name) => parameterFor(input.data[name], name, table.columns.get(name)!));
          const assignments = setNames.map((name, index) => `${quoteIdentifier(name)} = $${index + 1}`);
          const conditions = whereNames.map((name) => {
            const condition = input.where[name];
            if (condition === null) return `${quoteIdentifier(name)} is null`;
            parameters.push(parameterFor(condition, name, table.columns.get(name)!));
            return `${quoteIdentifier(name)} = $${parameters.length}`;
          });
          const text = `update ${quoteIdentifier(table.schema)}.${quoteIdentifier(table.table)} set ${assignments.join(', ')} where ${conditions.join(' and ')}`;
          const affected = await runWrite(sql, text, parameters, context.limits.statementTimeoutMs);
          return {
            content: [{ type: 'text', text: `Updated ${affected} row${affected === 1 ? '' : 's'} of ${table.schema}.${table.table}.` }],
            structuredContent: { table: `${table.schema}.${table.table}`, affected_rows: affected },
          };
        } catch (error) {
          throw describeDatabaseError(error, 'db_update');
        }
      }),
  });
}
