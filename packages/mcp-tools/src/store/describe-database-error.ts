import { ToolFailure } from '../toolset-support/tool-failure.js';

interface PostgresErrorFields {
  name?: string;
  code?: string;
  message?: string;
  detail?: string;
  hint?: string;
}

const fixes: Record<string, string> = {
  '57014': 'The statement ran longer than the statement timeout and was cancelled: narrow it (WHERE, LIMIT) or ask the operator to raise GW_DB_STATEMENT_TIMEOUT_MS.',
  '25006': 'db_query is read-only: use db_insert / db_update for allow-listed tables.',
  '42501': 'The database role used by this tool has no right to do that; query the tables you were given access to.',
  '42P01': 'Check the table name (schema.table) and that it is one you were given access to.',
  '42703': 'Check the column names.',
  '42601': 'Fix the SQL syntax.',
  '0A000': 'Send one statement without features the tool does not support.',
  '23505': 'A row with that key exists already.',
  '23502': 'Give a value for every NOT NULL column without a default.',
  '23503': 'The referenced row does not exist.',
  '22P02': 'A value does not have the column type (a number, a date, JSON…).',
};

/**
 * A database error as a tool failure: PostgreSQL's own message (it is about the caller's SQL) and a fix. A
 * connection failure says only that the database is unreachable (its message can carry the server's address).
 */
export function describeDatabaseError(error: unknown, tool: string): ToolFailure {
  if (error instanceof ToolFailure) return error;
  const fields = (error ?? {}) as PostgresErrorFields;
  if (fields.name === 'PostgresError' && typeof fields.code === 'string') {
    const detail = fields.detail ? ` (${fields.detail.slice(0, 300)})` : '';
    return new ToolFailure(`postgres_${fields.code}`, `${tool}: ${String(fields.message).slice(0, 500)}${detail}`, fixes[fields.code] ?? fields.hint ?? 'Change the statement as the message says.');
  }
  return new ToolFailure('database_unavailable', `${tool} could not reach the database.`, 'Retry shortly; if it persists, ask the operator to check the database connection settings.');
}
