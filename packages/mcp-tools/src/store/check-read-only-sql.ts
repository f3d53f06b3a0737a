import { ToolFailure } from '../toolset-support/tool-failure.js';
import { SqlLexicalError, tokenizeSql, type SqlToken } from './tokenize-sql.js';

const firstWords = new Set(['select', 'with', 'values', 'table', 'explain', 'show']);

// Words that only appear in statements that change something (or open a side channel). A column really named
// like one of these can be written as a quoted identifier ("update").
const writingWords = new Set(['insert', 'update', 'delete', 'merge', 'truncate', 'into', 'copy', 'grant', 'revoke', 'notify', 'listen', 'lock', 'vacuum', 'reindex', 'cluster', 'refresh', 'checkpoint', 'prepare', 'execute', 'deallocate', 'declare', 'do', 'call', 'savepoint', 'rollback', 'commit']);

// Functions that read server files, signal other sessions, change settings (set_config lifts timeouts and
// switches roles), take session-level locks, talk to other servers, or run a query given as text (which
// would hide it from this check).
const refusedFunctions = /^(set_config|pg_read_file|pg_read_binary_file|pg_ls_\w+|pg_stat_file|lo_\w+|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_promote|pg_switch_wal|pg_create_restore_point|pg_(try_)?advisory_\w+|pg_notify|pg_logical_emit_message|pg_file_write|pg_file_rename|pg_file_unlink|dblink\w*|query_to_xml\w*|query_to_xmlschema|table_to_xml\w*|cursor_to_xml\w*|schema_to_xml\w*|database_to_xml\w*|ts_stat|pg_import_system_collations|pg_replication_\w+|pg_create_\w+|pg_drop_\w+|pg_export_snapshot|pg_sleep_until|pg_log_backend_memory_contexts|txid_current|pg_current_xact_id)$/;

function refuse(reason: string, fix: string): never {
  throw new ToolFailure('statement_refused', `db_query refused the statement: ${reason}.`, fix);
}

function meaningful(tokens: SqlToken[]): SqlToken[] {
  // A single trailing semicolon is harmless; anything after it is a second statement.
  const lastCode = tokens.findLastIndex((token) => token.kind !== 'semicolon');
  const trailing = tokens.slice(lastCode + 1);
  const body = tokens.slice(0, lastCode + 1);
  if (body.some((token) => token.kind === 'semicolon') || trailing.length > 1) {
    refuse('it holds more than one statement', 'Send one statement per call (no ";" between statements).');
  }
  return body;
}

/**
 * A lexical check before db_query runs a statement. The real guards are the database's: a restricted role, a
 * READ ONLY transaction that is always rolled back, a statement timeout and the extended protocol (which
 * rejects several statements). This check exists to give clear errors and to refuse what a read-only
 * transaction still allows: settings, signals, file reads, advisory locks, queries hidden in strings.
 */
export function checkReadOnlySql(sql: string): void {
  if (sql.trim().length === 0) refuse('it is empty', 'Send one SELECT statement.');
  if (sql.includes('\0')) refuse('it contains a NUL byte', 'Remove the NUL character.');
  let tokens: SqlToken[];
  try {
    tokens = meaningful(tokenizeSql(sql));
  } catch (error) {
    if (error instanceof SqlLexicalError) refuse(`it has ${error.message}`, 'Close every string, quoted identifier and comment.');
    throw error;
  }
  const first = tokens.find((token) => !(token.kind === 'symbol' && token.text === '('));
  if (!first || first.kind !== 'word' || !firstWords.has(first.text)) {
    refuse(
      `it does not start with ${[...firstWords].map((word) => word.toUpperCase()).join(', ')}`,
      'db_query only reads: send a SELECT (or WITH … SELECT, VALUES, TABLE, EXPLAIN, SHOW). Use db_insert / db_update to change allow-listed tables.',
    );
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && token.text === 'u' && tokens[index + 1]?.kind === 'symbol' && (tokens[index + 1] as { text: string }).text === '&') {
      refuse('it uses U& unicode-escaped names or strings', 'Write names and strings without U& escapes.');
    }
    if (token.kind === 'word' && writingWords.has(token.text)) {
      refuse(`"${token.text.toUpperCase()}" is not allowed in a read-only query`, 'Send a plain SELECT; quote a column with that name as "name".');
    }
    if (token.kind === 'word' && token.text === 'analyze' && tokens[index - 1]?.kind === 'word' && (tokens[index - 1] as { text: string }).text === 'explain') {
      // EXPLAIN ANALYZE runs the statement; allowed only because writes are refused above and by the database.
      continue;
    }
    const name = token.kind === 'word' || token.kind === 'quoted_identifier' ? token.text.toLowerCase() : undefined;
    if (name !== undefined && refusedFunctions.test(name)) {
      refuse(`the function ${name} is not available to db_query`, 'Query tables and views only; server files, settings, locks and other sessions are off limits.');
    }
  }
  if (first.text === 'show') {
    const setting = tokens[1];
    if (!setting || setting.kind !== 'word' || tokens.length > 2) refuse('SHOW takes one setting name', 'Send SHOW <setting>.');
  }
}
