import type { Sql } from 'postgres';
import { ToolFailure } from '../toolset-support/tool-failure.js';

export interface TableColumns {
  schema: string;
  table: string;
  /** Column name → data type (`integer`, `jsonb`, `ARRAY`, …) as information_schema reports it. */
  columns: Map<string, string>;
}

/** Splits `schema.table` (default schema `public`) from the allow-list. */
export function splitTableName(entry: string): { schema: string; table: string } {
  const dot = entry.indexOf('.');
  return dot === -1 ? { schema: 'public', table: entry } : { schema: entry.slice(0, dot), table: entry.slice(dot + 1) };
}

/** Checks the table against the allow-list, then reads its real columns from information_schema. */
export async function readTableColumns(sql: Sql, requested: string, allowedTables: readonly string[]): Promise<TableColumns> {
  const allowed = allowedTables.find((entry) => entry === requested || (!entry.includes('.') && `public.${entry}` === requested));
  if (allowed === undefined) {
    throw new ToolFailure(
      'table_not_allowed',
      `Table ${JSON.stringify(requested.slice(0, 120))} is not open for writing.`,
      allowedTables.length > 0 ? `Write to one of: ${allowedTables.join(', ')}.` : 'No table is open for writing on this server (GW_DB_WRITE_TABLES is empty).',
    );
  }
  const { schema, table } = splitTableName(allowed);
  const rows = await sql<{ column_name: string; data_type: string }[]>`
    select column_name, data_type from information_schema.columns
    where table_schema = ${schema} and table_name = ${table} order by ordinal_position`;
  if (rows.length === 0) {
    throw new ToolFailure('table_not_found', `Table ${JSON.stringify(allowed)} is allow-listed but does not exist (or this role cannot see it).`, 'Ask the operator to create it or fix GW_DB_WRITE_TABLES.');
  }
  return { schema, table, columns: new Map(rows.map((row) => [row.column_name, row.data_type])) };
}

/** Refuses a column the table does not have. */
export function checkColumn(columns: TableColumns, column: string): void {
  if (!columns.columns.has(column)) {
    throw new ToolFailure(
      'unknown_column',
      `Table ${columns.schema}.${columns.table} has no column ${JSON.stringify(column.slice(0, 120))}.`,
      `Use its columns: ${[...columns.columns.keys()].join(', ')}.`,
    );
  }
}

/**
 * A JSON value as a statement parameter. The driver serializes by the type the server describes for each
 * parameter (booleans become 't'/'f' whatever was sent, json columns are JSON.stringify'd), so values are
 * checked against the column type here rather than coerced.
 */
export function parameterFor(value: unknown, column: string, dataType: string): unknown {
  if (value === null || value === undefined) return null;
  const mismatch = (expected: string) =>
    new ToolFailure('invalid_value', `Column ${JSON.stringify(column)} is ${dataType}; the value given is not ${expected}.`, `Give ${expected} for ${column} (or null).`);
  if (dataType === 'json' || dataType === 'jsonb') return value;
  if (dataType === 'boolean') {
    if (typeof value !== 'boolean') throw mismatch('true or false');
    return value;
  }
  if (dataType === 'ARRAY') {
    if (!Array.isArray(value)) throw mismatch('an array');
    return value;
  }
  if (typeof value === 'object') throw mismatch('a single value (a string or a number)');
  return value;
}
