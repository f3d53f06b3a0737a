import { existsSync } from 'node:fs';
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTools, textOf, type ConnectedTools } from '../toolset-support/connect-tools.test-helper.js';
import { createStoreToolset } from './create-store-toolset.js';
import { runReadOnlyQuery } from './run-read-only-query.js';
import { createTestDatabase, isPostgresAvailable, randomSuffix, type TestDatabase } from './service-fixtures.test-helper.js';
import { setupQueryRole } from './setup-query-role.js';

const available = await isPostgresAvailable();

describe.skipIf(!available)('store SQL (real PostgreSQL)', () => {
  let database: TestDatabase;
  let role: string;
  let queryConnection: Sql;
  let tools: ConnectedTools;

  const counts = async () => {
    const [row] = await database.admin<{ notes: number; secrets: number; tables: number; roles: string }[]>`
      select (select count(*)::int from notes) as notes, (select count(*)::int from secrets) as secrets,
        (select count(*)::int from pg_tables where schemaname not in ('pg_catalog', 'information_schema')) as tables,
        (select string_agg(rolname || rolsuper::text, ',' order by rolname) from pg_roles where rolname = ${role}) as roles`;
    const [notes] = await database.admin<{ digest: string }[]>`select md5(coalesce(string_agg(id || body || coalesce(meta::text, '') || flag::text, ',' order by id), '')) as digest from notes`;
    return { ...row, digest: notes!.digest };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    role = `gw_ro_${randomSuffix()}`;
    await database.admin.unsafe(`
      create table notes (id serial primary key, body text not null, meta jsonb, flag boolean not null default false);
      create table secrets (id serial primary key, secret text not null);
      create table audit (id serial primary key, message text);
      insert into notes (body, meta) values ('first', '{"a":1}'), ('second', null), ('third', '[1,2]');
      insert into secrets (secret) values ('top secret');
    `);
    await setupQueryRole(database.admin, { role, readTables: ['notes'], statementTimeoutMs: 2000 });
    queryConnection = postgres(database.urlAs(role), { max: 2, prepare: false, onnotice: () => undefined });
    tools = await connectTools(
      createStoreToolset({ queryDatabase: queryConnection, database: database.admin, writeTables: ['notes', 'public.audit'], statementTimeoutMs: 1000, rowLimit: 2 }),
    );
  });

  afterAll(async () => {
    await tools?.close();
    await queryConnection?.end({ timeout: 1 });
    await database?.drop();
    const server = postgres(database.url.replace(/\/[^/]+$/, '/postgres'), { max: 1, onnotice: () => undefined });
    await server.unsafe(`drop role if exists ${role}`);
    await server.end();
  });

  const payloads: [string, string, RegExp][] = [
    ['stacked statements', 'select 1; delete from notes', /more than one statement/],
    ['stacked statements without spaces', 'select 1;drop table notes', /more than one statement/],
    ['semicolon hidden after a comment', 'select 1 -- comment\n; delete from notes', /more than one statement/],
    ['semicolon after a block comment', 'select 1 /* ; */; update notes set body = $$x$$', /more than one statement/],
    ['writable CTE (DELETE)', 'with gone as (delete from notes returning *) select * from gone', /"DELETE" is not allowed/],
    ['writable CTE (UPDATE)', "with changed as (update notes set body = 'x' returning *) select count(*) from changed", /"UPDATE" is not allowed/],
    ['writable CTE (INSERT)', "with added as (insert into notes (body) values ('x') returning *) select * from added", /"INSERT" is not allowed/],
    ['SELECT INTO creates a table', 'select * into stolen from notes', /"INTO" is not allowed/],
    ["set_config('role', 'postgres')", "select set_config('role', 'postgres', false)", /set_config/],
    ['set_config through pg_catalog', "select pg_catalog.set_config('statement_timeout', '0', false)", /set_config/],
    ['set_config as a quoted identifier', `select "set_config"('role', 'postgres', false)`, /set_config/],
    ['U& escaped function name', `select U&"\\0073et_config"('role', 'postgres', false)`, /U&/],
    ['SET ROLE postgres', 'set role postgres', /does not start with/],
    ['RESET ROLE', 'reset role', /does not start with/],
    ['SET statement_timeout = 0', 'set statement_timeout = 0', /does not start with/],
    ['SET LOCAL statement_timeout', 'set local statement_timeout = 0', /does not start with/],
    ['COPY … TO PROGRAM', "copy notes to program 'touch /tmp/gw-sql-pwned'", /does not start with/],
    ['COPY inside a CTE', "with x as (select 1) copy notes to program 'touch /tmp/gw-sql-pwned'", /"COPY" is not allowed/],
    ["pg_read_file('/etc/passwd')", "select pg_read_file('/etc/passwd')", /pg_read_file/],
    ['pg_read_binary_file', "select pg_read_binary_file('/etc/passwd')", /pg_read_binary_file/],
    ['pg_ls_dir', "select pg_ls_dir('.')", /pg_ls_dir/],
    ['lo_import', "select lo_import('/etc/passwd')", /lo_import/],
    ['pg_terminate_backend', 'select pg_terminate_backend(pid) from pg_stat_activity', /pg_terminate_backend/],
    ['pg_cancel_backend', 'select pg_cancel_backend(pg_backend_pid())', /pg_cancel_backend/],
    ['dblink', "select * from dblink('dbname=test', 'delete from notes') as t(x int)", /dblink/],
    ['session advisory lock', 'select pg_advisory_lock(1)', /pg_advisory_lock/],
    ['query hidden in query_to_xml', "select query_to_xml('delete from notes returning 1', true, true, '')", /query_to_xml/],
    ['query hidden in ts_stat', "select * from ts_stat('select 1')", /ts_stat/],
    ['CREATE TABLE', 'create table stolen (x int)', /does not start with/],
    ['DROP TABLE', 'drop table notes', /does not start with/],
    ['INSERT', "insert into notes (body) values ('x')", /does not start with/],
    ['UPDATE', "update notes set body = 'x'", /does not start with/],
    ['DELETE', 'delete from notes', /does not start with/],
    ['TRUNCATE', 'truncate notes', /does not start with/],
    ['DO block', "do $$ begin delete from notes; end $$", /does not start with/],
    ['CALL', 'call some_procedure()', /does not start with/],
    ['PREPARE', 'prepare p as delete from notes', /does not start with/],
    ['DECLARE cursor', 'declare c cursor for select 1', /does not start with/],
    ['LOCK TABLE', 'lock table notes', /does not start with/],
    ['NOTIFY', "notify channel, 'x'", /does not start with/],
    ['pg_notify', "select pg_notify('channel', 'x')", /pg_notify/],
    ['EXPLAIN ANALYZE of a DELETE', 'explain analyze delete from notes', /"DELETE" is not allowed/],
    ['BEGIN / COMMIT', 'begin', /does not start with/],
    ['unterminated string hiding a statement', "select 'abc", /unterminated string/],
    ['unterminated comment', 'select 1 /* ', /unterminated/],
  ];

  describe('db_query refusals', () => {
    it.each(payloads)('refuses %s', async (_name, sql, message) => {
      const before = await counts();
      const result = await tools.call('db_query', { sql });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(message);
      expect(await counts()).toEqual(before);
      expect(existsSync('/tmp/gw-sql-pwned')).toBe(false);
    });
  });

  describe('what the database itself stops (the lexical check passes these)', () => {
    it.each([
      ['a table the role was not granted', 'select * from secrets', /permission denied/],
      ['FOR UPDATE row locks in the read-only transaction', 'select * from notes for share', /read-only transaction|permission denied/],
      ['a function that writes', "select nextval('notes_id_seq')", /permission denied|read-only/],
      ['pg_sleep(10) beyond the statement timeout', 'select pg_sleep(10)', /statement timeout/],
    ])('%s', async (_name, sql, message) => {
      const before = await counts();
      const started = Date.now();
      const result = await tools.call('db_query', { sql });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(message);
      expect(Date.now() - started).toBeLessThan(8000);
      expect(await counts()).toEqual(before);
    });
  });

  describe('the role is the real guard (checks bypassed, run straight through runReadOnlyQuery)', () => {
    it.each([
      ['stacked statements (extended protocol)', 'select 1; delete from notes', /multiple commands|cannot insert multiple/],
      ["set_config('role', 'postgres')", "select set_config('role', 'postgres', false)", /permission denied/],
      ['SET ROLE postgres', 'set role postgres', /permission denied/],
      ['RESET ROLE keeps the login role', 'select 1', /^$/],
      ['pg_read_file', "select pg_read_file('/etc/passwd')", /permission denied/],
      ['pg_ls_dir', "select pg_ls_dir('.')", /permission denied/],
      ['lo_import', "select lo_import('/etc/passwd')", /permission denied|read-only/],
      ['COPY TO PROGRAM', "copy notes to program 'touch /tmp/gw-sql-pwned'", /permission denied|superuser|pg_execute_server_program|read-only/],
      ['writable CTE', 'with gone as (delete from notes returning *) select * from gone', /read-only transaction|permission denied/],
      ['CREATE TABLE', 'create table stolen (x int)', /read-only transaction|permission denied/],
      ['query_to_xml hiding a DELETE', "select query_to_xml('delete from notes returning 1', true, true, '')", /read-only transaction|permission denied|not allowed in a non-volatile function/],
    ])('%s', async (_name, sql, message) => {
      const before = await counts();
      let failure = '';
      try {
        await runReadOnlyQuery(queryConnection, sql, [], 10, 1000);
      } catch (error) {
        failure = (error as Error).message;
      }
      expect(failure).toMatch(message);
      expect(await counts()).toEqual(before);
      expect(existsSync('/tmp/gw-sql-pwned')).toBe(false);
    });

    it('rolls back a session-level set_config, so the timeout and role survive on the pooled connection', async () => {
      const lifted = await runReadOnlyQuery(queryConnection, "select set_config('statement_timeout', '0', false) as value", [], 10, 1000);
      expect(lifted.rows).toEqual([{ value: '0' }]);
      const [after] = await queryConnection<{ timeout: string; role: string; session: string }[]>`select current_setting('statement_timeout') as timeout, current_user as role, session_user as session`;
      expect(after).toEqual({ timeout: '2s', role, session: role });
    });

    it('refuses to run db_query as a superuser', async () => {
      const asSuperuser = await connectTools(createStoreToolset({ queryDatabase: database.admin }));
      const result = await asSuperuser.call('db_query', { sql: 'select 1' });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/too powerful \(it is a superuser/);
      await asSuperuser.close();
    });
  });

  describe('db_query normal use', () => {
    it('returns rows with parameters, capped at the row limit with a note', async () => {
      const one = await tools.call('db_query', { sql: 'select id, body, meta from notes where body = $1', params: ['first'] });
      expect(one.isError, textOf(one)).toBeFalsy();
      expect(one.structuredContent).toEqual({ rows: [{ id: 1, body: 'first', meta: { a: 1 } }], row_count: 1, truncated: false });
      const all = await tools.call('db_query', { sql: 'select id from notes order by id;' });
      expect(all.structuredContent).toEqual({ rows: [{ id: 1 }, { id: 2 }], row_count: 2, truncated: true });
      expect(textOf(all)).toMatch(/only the first 2 rows/);
      const quoted = await tools.call('db_query', { sql: "select 'a;b' as text, \"body\" from notes where id = $1 -- ; trailing", params: [2] });
      expect(quoted.structuredContent).toMatchObject({ rows: [{ text: 'a;b', body: 'second' }] });
    });
  });

  describe('db_insert and db_update', () => {
    it.each([
      ['a table not on the allow-list', 'db_insert', { table: 'secrets', data: { secret: 'x' } }, /not open for writing/],
      ['an allow-listed name in another schema', 'db_insert', { table: 'other.notes', data: { body: 'x' } }, /not open for writing/],
      ['SQL in the table name', 'db_insert', { table: 'notes; drop table notes', data: { body: 'x' } }, /not open for writing/],
      ['an unknown column', 'db_insert', { table: 'notes', data: { nope: 'x' } }, /has no column "nope"/],
      ['SQL in a column name', 'db_insert', { table: 'notes', data: { 'body") values (1); drop table notes; --': 'x' } }, /has no column/],
      ['empty data', 'db_insert', { table: 'notes', data: {} }, /data is empty/],
      ['update without where', 'db_update', { table: 'notes', data: { body: 'x' }, where: {} }, /non-empty where/],
      ['update with SQL in a where column', 'db_update', { table: 'notes', data: { body: 'x' }, where: { '1=1 or id': 1 } }, /has no column/],
      ['update of a table not on the allow-list', 'db_update', { table: 'secrets', data: { secret: 'x' }, where: { id: 1 } }, /not open for writing/],
      ['a string for a boolean column (the driver would send it as false)', 'db_update', { table: 'notes', data: { flag: 'not a boolean' }, where: { id: 1 } }, /is boolean; the value given is not true or false/],
      ['an object for a text column', 'db_insert', { table: 'notes', data: { body: { a: 1 } } }, /is text; the value given is not a single value/],
      ['a value the database cannot convert', 'db_update', { table: 'notes', data: { body: 'x' }, where: { id: 'not a number' } }, /invalid input syntax/],
    ])('refuses %s', async (_name, tool, args, message) => {
      const before = await counts();
      const result = await tools.call(tool, args);
      expect(result.isError, textOf(result)).toBe(true);
      expect(textOf(result)).toMatch(message);
      expect(await counts()).toEqual(before);
    });

    it('inserts and updates with values as parameters, returning affected row counts', async () => {
      const hostile = "'); drop table notes; --";
      const inserted = await tools.call('db_insert', { table: 'notes', data: { body: hostile, meta: { nested: [1, 'two'] }, flag: true } });
      expect(inserted.isError, textOf(inserted)).toBeFalsy();
      expect(inserted.structuredContent).toEqual({ table: 'public.notes', affected_rows: 1 });
      const [row] = await database.admin<{ body: string; meta: unknown; flag: boolean }[]>`select body, meta, flag from notes where id = 4`;
      expect(row).toEqual({ body: hostile, meta: { nested: [1, 'two'] }, flag: true });
      const updated = await tools.call('db_update', { table: 'notes', data: { body: 'changed' }, where: { flag: false, meta: null } });
      expect(updated.structuredContent).toEqual({ table: 'public.notes', affected_rows: 1 });
      const none = await tools.call('db_update', { table: 'notes', data: { body: 'x' }, where: { id: 999 } });
      expect(none.structuredContent).toEqual({ table: 'public.notes', affected_rows: 0 });
      const audited = await tools.call('db_insert', { table: 'public.audit', data: { message: 'hello' } });
      expect(audited.structuredContent).toEqual({ table: 'public.audit', affected_rows: 1 });
      expect((await database.admin`select count(*)::int as count from secrets`)[0]).toEqual({ count: 1 });
    });

    it('lists truthful annotations', async () => {
      const { tools: listed } = await tools.client.listTools();
      const byName = new Map(listed.map((tool) => [tool.name, tool.annotations]));
      expect(byName.get('db_query')).toMatchObject({ readOnlyHint: true, destructiveHint: false });
      expect(byName.get('db_insert')).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
      expect(byName.get('db_update')).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    });
  });
});

if (!available) it.skip('store SQL skipped: PostgreSQL is not reachable at GW_TEST_DATABASE_URL (set GW_REQUIRE_SERVICES=1 to fail instead)', () => undefined);
