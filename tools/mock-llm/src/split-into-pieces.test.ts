import { describe, expect, it } from 'vitest';
import { splitIntoEqualPieces, splitIntoFixedPieces, splitIntoWords } from './split-into-pieces.js';

describe('split into pieces', () => {
  it('splits word by word, each word keeping its following space', () => {
    expect(splitIntoWords('[m] echo: hi  there')).toEqual(['[m] ', 'echo: ', 'hi  ', 'there']);
    expect(splitIntoWords('')).toEqual([]);
  });

  it('splits into N nearly equal pieces, never more than characters', () => {
    expect(splitIntoEqualPieces('abcdefghij', 3)).toEqual(['abc', 'def', 'ghij']);
    expect(splitIntoEqualPieces('ab', 5)).toEqual(['a', 'b']);
  });

  it('splits into fixed-size pieces', () => {
    expect(splitIntoFixedPieces('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
