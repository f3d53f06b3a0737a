export type SqlToken =
  | { kind: 'word'; text: string }
  | { kind: 'quoted_identifier'; text: string }
  | { kind: 'string' }
  | { kind: 'semicolon' }
  | { kind: 'symbol'; text: string };

export class SqlLexicalError extends Error {}

/**
 * Splits PostgreSQL text into words, quoted identifiers, strings and symbols, skipping comments (nested block
 * comments included), so checks never mistake a `;` or a keyword inside a string or comment for code.
 */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let position = 0;
  const length = sql.length;
  while (position < length) {
    const character = sql[position]!;
    const next = sql[position + 1];
    if (/\s/.test(character)) {
      position += 1;
    } else if (character === '-' && next === '-') {
      const end = sql.indexOf('\n', position);
      position = end === -1 ? length : end + 1;
    } else if (character === '/' && next === '*') {
      let depth = 1;
      position += 2;
      while (position < length && depth > 0) {
        if (sql.startsWith('/*', position)) {
          depth += 1;
          position += 2;
        } else if (sql.startsWith('*/', position)) {
          depth -= 1;
          position += 2;
        } else position += 1;
      }
      if (depth > 0) throw new SqlLexicalError('an unterminated /* comment');
    } else if (character === "'" || ((character === 'E' || character === 'e') && next === "'")) {
      const escapes = character !== "'";
      position += escapes ? 2 : 1;
      for (;;) {
        if (position >= length) throw new SqlLexicalError('an unterminated string');
        const current = sql[position]!;
        if (escapes && current === '\\') position += 2;
        else if (current === "'" && sql[position + 1] === "'") position += 2;
        else if (current === "'") {
          position += 1;
          break;
        } else position += 1;
      }
      tokens.push({ kind: 'string' });
    } else if (character === '"') {
      let text = '';
      position += 1;
      for (;;) {
        if (position >= length) throw new SqlLexicalError('an unterminated quoted identifier');
        if (sql[position] === '"' && sql[position + 1] === '"') {
          text += '"';
          position += 2;
        } else if (sql[position] === '"') {
          position += 1;
          break;
        } else text += sql[position++];
      }
      tokens.push({ kind: 'quoted_identifier', text });
    } else if (character === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(sql.slice(position, position + 64))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(position, position + 64))![0];
      const end = sql.indexOf(tag, position + tag.length);
      if (end === -1) throw new SqlLexicalError('an unterminated dollar-quoted string');
      position = end + tag.length;
      tokens.push({ kind: 'string' });
    } else if (/[A-Za-z_\u0080-\uffff]/.test(character)) {
      let end = position + 1;
      while (end < length && /[A-Za-z0-9_$\u0080-\uffff]/.test(sql[end]!)) end += 1;
      tokens.push({ kind: 'word', text: sql.slice(position, end).toLowerCase() });
      position = end;
    } else if (character === ';') {
      tokens.push({ kind: 'semicolon' });
      position += 1;
    } else {
      tokens.push({ kind: 'symbol', text: character });
      position += 1;
    }
  }
  return tokens;
}
