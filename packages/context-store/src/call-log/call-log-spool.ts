/**
 * Where call log rows wait while the database is unreachable: JSON strings, first in, first out. `take` removes what it
 * returns; the writer gives back (`putBack`) whatever it could not insert.
 */
export interface CallLogSpool {
  readonly name: string;
  append(rows: readonly string[]): Promise<void>;
  take(count: number): Promise<string[]>;
  putBack(rows: readonly string[]): Promise<void>;
  size(): Promise<number>;
}
