import type { Sql } from 'postgres';
import { ToolFailure } from '../toolset-support/tool-failure.js';

// Roles whose membership lets a session read or write server files, run programs, signal other backends or
// write every table: a read-only transaction does not stop the first three.
const dangerousRoles = ['pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program', 'pg_signal_backend', 'pg_write_all_data', 'pg_checkpoint'];

interface RoleFacts {
  role: string;
  rolsuper: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolbypassrls: boolean;
  rolreplication: boolean;
  escalations: string[] | null;
}

/**
 * Checks the role db_query logs in as: not a superuser, no role creation, no replication or RLS bypass, and no
 * membership (direct or inherited, hence no SET ROLE target) in a superuser or a dangerous predefined role.
 * Returns the problems found (empty: safe).
 */
export async function findQueryRoleProblems(sql: Sql): Promise<string[]> {
  const [facts] = await sql<RoleFacts[]>`
    select r.rolname as role, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication,
      (select array_agg(m.rolname::text order by m.rolname) from pg_roles m
        where m.oid <> r.oid and pg_has_role(r.oid, m.oid, 'MEMBER')
          and (m.rolsuper or m.rolcreaterole or m.rolname = any(${dangerousRoles}::text[]))) as escalations
    from pg_roles r where r.rolname = session_user`;
  if (!facts) return ['the session role is not in pg_roles'];
  const problems: string[] = [];
  if (facts.rolsuper) problems.push('it is a superuser');
  if (facts.rolcreaterole) problems.push('it can create roles');
  if (facts.rolcreatedb) problems.push('it can create databases');
  if (facts.rolbypassrls) problems.push('it bypasses row-level security');
  if (facts.rolreplication) problems.push('it has the replication attribute');
  for (const role of facts.escalations ?? []) problems.push(`it is a member of ${role}`);
  return problems;
}

export function unsafeRoleFailure(problems: readonly string[]): ToolFailure {
  return new ToolFailure(
    'unsafe_query_role',
    `db_query will not run: the database role it connects as is too powerful (${problems.join('; ')}).`,
    'Ask the operator to point GW_DB_QUERY_URL at a restricted login role (setupQueryRole creates one: NOSUPERUSER, SELECT on the allowed tables only).',
  );
}
