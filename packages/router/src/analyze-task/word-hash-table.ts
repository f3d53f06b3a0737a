/*
 * Words are looked up by a hash computed while the scan reads their characters, so a lookup costs
 * no allocation (no slice, no toLowerCase, no string hashing in a Map). Two independent 32-bit
 * hashes make a 64-bit key: with a few thousand entries a false match has odds around 1e-16 per
 * word, far below anything that could move a score.
 */

export const WORD_HASH_SEED_PRIMARY = 0x811c9dc5 | 0;
export const WORD_HASH_SEED_SECONDARY = 0x9747b28c | 0;

/** FNV-1a step. */
export function stepPrimaryHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** A multiply-xorshift step, independent of FNV. */
export function stepSecondaryHash(hash: number, code: number): number {
  const mixed = Math.imul(hash + code, 0x5bd1e995);
  return mixed ^ (mixed >>> 13);
}

/** The key of a phrase from the key of its beginning and the key of its next word (order matters). */
export function combinePrimaryHash(prefix: number, word: number): number {
  return Math.imul(prefix ^ 0x2f, 0x01000193) ^ word;
}

export function combineSecondaryHash(prefix: number, word: number): number {
  const mixed = Math.imul(prefix + 0x3b, 0x85ebca6b) ^ word;
  return mixed ^ (mixed >>> 15);
}

/** Character code as the lexicon spells it: ASCII letters lower case, typographic apostrophes plain. */
export function normaliseWordCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x2019) return 39;
  return code;
}

export interface WordKey {
  readonly primary: number;
  readonly secondary: number;
}

export function hashWord(word: string): WordKey {
  let primary = WORD_HASH_SEED_PRIMARY;
  let secondary = WORD_HASH_SEED_SECONDARY;
  for (let index = 0; index < word.length; index++) {
    const code = normaliseWordCode(word.charCodeAt(index));
    primary = stepPrimaryHash(primary, code);
    secondary = stepSecondaryHash(secondary, code);
  }
  return { primary, secondary };
}

export function hashPhrase(words: readonly string[]): WordKey {
  let key = hashWord(words[0] ?? '');
  for (let index = 1; index < words.length; index++) {
    const next = hashWord(words[index] ?? '');
    key = {
      primary: combinePrimaryHash(key.primary, next.primary),
      secondary: combineSecondaryHash(key.secondary, next.secondary),
    };
  }
  return key;
}

/** Open addressing with linear probing over typed arrays; a value of 0 marks an empty slot. */
export interface WordHashTable {
  readonly primaryKeys: Int32Array;
  readonly secondaryKeys: Int32Array;
  readonly values: Int32Array;
  readonly slotMask: number;
}

/** Builds a table; values of entries with the same key are OR-ed (a word in several categories). */
export function createWordHashTable(entries: ReadonlyArray<readonly [WordKey, number]>): WordHashTable {
  let size = 16;
  while (size < entries.length * 4) size *= 2;
  const table: WordHashTable = {
    primaryKeys: new Int32Array(size),
    secondaryKeys: new Int32Array(size),
    values: new Int32Array(size),
    slotMask: size - 1,
  };
  for (const [key, value] of entries) {
    if (value === 0) continue;
    let slot = key.primary & table.slotMask;
    while (table.values[slot] !== 0) {
      if (table.primaryKeys[slot] === key.primary && table.secondaryKeys[slot] === key.secondary) break;
      slot = (slot + 1) & table.slotMask;
    }
    table.primaryKeys[slot] = key.primary;
    table.secondaryKeys[slot] = key.secondary;
    table.values[slot] = (table.values[slot] ?? 0) | value;
  }
  return table;
}

/** The value stored under a key, or 0. */
export function lookupWordHash(table: WordHashTable, primary: number, secondary: number): number {
  const { primaryKeys, secondaryKeys, values, slotMask } = table;
  let slot = primary & slotMask;
  for (;;) {
    const value = values[slot]!;
    if (value === 0) return 0;
    if (primaryKeys[slot] === primary && secondaryKeys[slot] === secondary) return value;
    slot = (slot + 1) & slotMask;
  }
}
