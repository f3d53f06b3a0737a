import { describe, expect, it } from 'vitest';
import { checkReadOnlySql } from './check-read-only-sql.js';

describe('checkReadOnlySql', () => {
  it.each([
    ['a plain select', 'select * from notes where id = $1'],
    ['a trailing semicolon', 'select 1;'],
    ['a semicolon inside a string', "select 'a;b'"],
    ['a semicolon inside a dollar-quoted string', 'select $q$a; delete from x$q$'],
    ['a semicolon inside a comment', 'select 1 /* ; nested /* ; */ */ -- ;'],
    ['a keyword inside a quoted identifier', 'select "update" from notes'],
    ['WITH … SELECT', 'with recent as (select * from notes) select * from recent'],
    ['parenthesised select', '(select 1) union (select 2)'],
    ['EXPLAIN', 'explain select 1'],
    ['escape strings', "select E'it\\'s; fine'"],
  ])('accepts %s', (_name, sql) => {
    expect(() => checkReadOnlySql(sql)).not.toThrow();
  });
});
