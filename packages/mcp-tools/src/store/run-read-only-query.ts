import type { Sql } from 'postgres';

export interface ReadOnlyQueryResult {
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/**
 * Runs one statement through the extended protocol (which refuses several statements) in a READ ONLY
 * transaction with a local statement timeout, fetching at most `rowLimit + 1` rows through a portal. The
 * transaction is always rolled back, so even `set_config(..., false)` leaves nothing on the pooled session.
 */
export async function runReadOnlyQuery(sql: Sql, text: string, parameters: readonly unknown[], rowLimit: number, statementTimeoutMs: number): Promise<ReadOnlyQueryResult> {
  const rollback = new Error('gw: roll back the read-only transaction');
  let result: ReadOnlyQueryResult | undefined;
  try {
    await sql.begin('read only', async (transaction) => {
      await transaction`select set_config('statement_timeout', ${String(statementTimeoutMs)}, true), set_config('idle_in_transaction_session_timeout', ${String(statementTimeoutMs * 2)}, true)`;
      const rows: Record<string, unknown>[] = [];
      const cursor = transaction.unsafe(text, parameters as never[], { prepare: false }).cursor(rowLimit + 1);
      for await (const batch of cursor) {
        rows.push(...(batch as unknown as Record<string, unknown>[]));
        break;
      }
      result = { rows: rows.slice(0, rowLimit), truncated: rows.length > rowLimit };
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return result!;
}
