import type { Sql } from 'postgres';
import { splitTableName } from './read-table-columns.js';

export interface SetupQueryRoleOptions {
  /** Role name (default `gw_readonly`). */
  role?: string;
  /** Login password; omit for trust/peer authentication or when the operator sets one. */
  password?: string;
  /** Tables db_query may read: `table` (schema public) or `schema.table`. */
  readTables: readonly string[];
  /** The role's own statement_timeout, a floor under the per-call one (default 5000 ms). */
  statementTimeoutMs?: number;
}

/**
 * Creates (or repairs) the login role db_query connects as, using an administrator connection: NOLOGIN while it
 * is set up, then LOGIN; no superuser, role/database creation, replication or RLS bypass; removed from every
 * role it was a member of (so SET ROLE has nowhere to go); SELECT on the listed tables only; read-only and
 * time-limited by default. Returns the role name. Connect db_query with a URL that logs in as this role.
 */
export async function setupQueryRole(admin: Sql, options: SetupQueryRoleOptions): Promise<string> {
  const role = options.role ?? 'gw_readonly';
  const timeout = String(options.statementTimeoutMs ?? 5000);
  // format(%I/%L) quotes on the server, so names and the password never need client-side escaping.
  const run = async (template: string, ...values: string[]) => {
    const [row] = await admin.unsafe<{ statement: string }[]>(`select format(${template}) as statement`, values);
    await admin.unsafe(row!.statement);
  };
  const [existing] = await admin<{ exists: boolean }[]>`select exists(select 1 from pg_roles where rolname = ${role}) as exists`;
  if (!existing!.exists) await run(`'create role %I nologin', $1::text`, role);
  await run(`'alter role %I nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit connection limit 20', $1::text`, role);
  const memberships = await admin<{ name: string }[]>`
    select b.rolname as name from pg_auth_members m join pg_roles b on b.oid = m.roleid join pg_roles r on r.oid = m.member where r.rolname = ${role}`;
  for (const membership of memberships) await run(`'revoke %I from %I', $1::text, $2::text`, membership.name, role);
  const [database] = await admin<{ name: string }[]>`select current_database() as name`;
  await run(`'grant connect on database %I to %I', $1::text, $2::text`, database!.name, role);
  for (const entry of options.readTables) {
    const { schema, table } = splitTableName(entry);
    await run(`'grant usage on schema %I to %I', $1::text, $2::text`, schema, role);
    await run(`'grant select on table %I.%I to %I', $1::text, $2::text, $3::text`, schema, table, role);
  }
  await run(`'alter role %I set statement_timeout = %L', $1::text, $2::text`, role, timeout);
  await run(`'alter role %I set idle_in_transaction_session_timeout = %L', $1::text, $2::text`, role, String(Number(timeout) * 4));
  await run(`'alter role %I set default_transaction_read_only = on', $1::text`, role);
  if (options.password !== undefined) await run(`'alter role %I login password %L', $1::text, $2::text`, role, options.password);
  else await run(`'alter role %I login', $1::text`, role);
  return role;
}
