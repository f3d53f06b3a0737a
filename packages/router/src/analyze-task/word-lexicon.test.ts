import { describe, expect, it } from 'vitest';
import { hashPhrase, hashWord, lookupWordHash } from './word-hash-table.js';
import { MAX_PHRASE_WORDS, PHRASE_PREFIX_FLAG, WORD_LEXICON } from './word-lexicon.js';

const CATEGORY_BITS = ~PHRASE_PREFIX_FLAG;

describe('WORD_LEXICON', () => {
  it('spells words in lower case without spaces', () => {
    expect(WORD_LEXICON.words.size).toBeGreaterThan(500);
    for (const word of WORD_LEXICON.words.keys()) expect(word).toMatch(/^[a-z0-9'+!#]+$/);
  });

  it('has phrases of two to four words that the scan can match', () => {
    for (const phrase of WORD_LEXICON.phrases.keys()) {
      const length = phrase.split(' ').length;
      expect(length, phrase).toBeGreaterThanOrEqual(2);
      expect(length, phrase).toBeLessThanOrEqual(MAX_PHRASE_WORDS);
      expect(phrase, phrase).toMatch(/^[a-z0-9' ]+$/);
    }
  });

  it('holds every word and phrase in its hash tables with the same categories', () => {
    for (const [word, mask] of WORD_LEXICON.words) {
      const key = hashWord(word);
      expect(lookupWordHash(WORD_LEXICON.wordTable, key.primary, key.secondary) & CATEGORY_BITS, word).toBe(mask);
    }
    for (const [phrase, mask] of WORD_LEXICON.phrases) {
      const key = hashPhrase(phrase.split(' '));
      expect(lookupWordHash(WORD_LEXICON.phraseTable, key.primary, key.secondary) & CATEGORY_BITS, phrase).toBe(mask);
    }
  });

  it('flags every beginning of a phrase, so the scan keeps extending it', () => {
    for (const phrase of WORD_LEXICON.phrases.keys()) {
      const words = phrase.split(' ');
      for (let length = 1; length < words.length; length++) {
        const key = hashPhrase(words.slice(0, length));
        const table = length === 1 ? WORD_LEXICON.wordTable : WORD_LEXICON.phraseTable;
        expect(lookupWordHash(table, key.primary, key.secondary) & PHRASE_PREFIX_FLAG, phrase).not.toBe(0);
      }
    }
  });

  it('gives every word and phrase a distinct key', () => {
    const keys = new Set<string>();
    for (const word of WORD_LEXICON.words.keys()) keys.add(JSON.stringify(hashWord(word)));
    for (const phrase of WORD_LEXICON.phrases.keys()) keys.add(JSON.stringify(hashPhrase(phrase.split(' '))));
    expect(keys.size).toBe(WORD_LEXICON.words.size + WORD_LEXICON.phrases.size);
  });
});
