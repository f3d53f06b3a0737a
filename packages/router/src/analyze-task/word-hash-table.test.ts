import { describe, expect, it } from 'vitest';
import {
  combinePrimaryHash,
  combineSecondaryHash,
  createWordHashTable,
  hashPhrase,
  hashWord,
  lookupWordHash,
} from './word-hash-table.js';

describe('word hash table', () => {
  it('finds what was stored and nothing else', () => {
    const table = createWordHashTable([
      [hashWord('poem'), 1],
      [hashWord('code'), 2],
    ]);
    const poem = hashWord('poem');
    expect(lookupWordHash(table, poem.primary, poem.secondary)).toBe(1);
    const missing = hashWord('lasagna');
    expect(lookupWordHash(table, missing.primary, missing.secondary)).toBe(0);
  });

  it('ORs the values of a key stored twice', () => {
    const key = hashWord('prove');
    const table = createWordHashTable([
      [key, 0b01],
      [key, 0b10],
    ]);
    expect(lookupWordHash(table, key.primary, key.secondary)).toBe(0b11);
  });

  it('hashes case-insensitively and treats typographic apostrophes as plain', () => {
    expect(hashWord('Python')).toEqual(hashWord('python'));
    expect(hashWord('don’t')).toEqual(hashWord("don't"));
  });

  it('combines word keys into phrase keys in order', () => {
    const step = hashWord('step');
    const by = hashWord('by');
    expect(hashPhrase(['step', 'by'])).toEqual({
      primary: combinePrimaryHash(step.primary, by.primary),
      secondary: combineSecondaryHash(step.secondary, by.secondary),
    });
    expect(hashPhrase(['step', 'by'])).not.toEqual(hashPhrase(['by', 'step']));
  });

  it('keeps a table at most a quarter full, so probes stay short', () => {
    const entries = Array.from({ length: 1_000 }, (_, index) => [hashWord(`word${index}`), 1] as const);
    const table = createWordHashTable(entries);
    expect(table.values.length).toBeGreaterThanOrEqual(4_000);
    for (const [key] of entries) expect(lookupWordHash(table, key.primary, key.secondary)).toBe(1);
  });
});
