import { Feature, type FeatureCounts } from './text-feature.js';
import {
  combinePrimaryHash,
  combineSecondaryHash,
  lookupWordHash,
  stepPrimaryHash,
  stepSecondaryHash,
  WORD_HASH_SEED_PRIMARY,
  WORD_HASH_SEED_SECONDARY,
} from './word-hash-table.js';
import { PHRASE_PREFIX_FLAG, WORD_LEXICON } from './word-lexicon.js';

const CHAR_OTHER = 0;
const CHAR_LOWER = 1;
const CHAR_UPPER = 2;
const CHAR_DIGIT = 3;
const CHAR_UNDERSCORE = 4;

const ASCII_CLASS: Uint8Array = buildAsciiClassTable();

function buildAsciiClassTable(): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 97; code <= 122; code++) table[code] = CHAR_LOWER;
  for (let code = 65; code <= 90; code++) table[code] = CHAR_UPPER;
  for (let code = 48; code <= 57; code++) table[code] = CHAR_DIGIT;
  table[95] = CHAR_UNDERSCORE;
  return table;
}

/** Latin letters with diacritics stay inside words, so "für" does not split into stray single letters. */
function classifyCode(code: number): number {
  if (code < 128) return ASCII_CLASS[code] ?? CHAR_OTHER;
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return CHAR_LOWER;
  return CHAR_OTHER;
}

function isLetterCode(code: number): boolean {
  const charClass = classifyCode(code);
  return charClass === CHAR_LOWER || charClass === CHAR_UPPER;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A value an operator can apply to: a word, a number or a closed group. */
function isOperandCode(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code) || code === 40 || code === 41 || code === 91 || code === 93;
}

function isOperandAhead(text: string, index: number, end: number): boolean {
  let position = index;
  while (position < end && text.charCodeAt(position) === 32 && position - index < 2) position++;
  if (position >= end) return false;
  const code = text.charCodeAt(position);
  return isOperandCode(code) || code === 45;
}

/** Symbols that only show up in written mathematics. */
function isMathSymbol(code: number): boolean {
  return (
    code === 0xd7 || // ×
    code === 0xf7 || // ÷
    code === 0xb1 || // ±
    code === 0x3c0 || // π
    (code >= 0x2200 && code <= 0x22ff) || // ∀ ∂ ∑ √ ∞ ∫ ≈ ≠ ≤ ≥ …
    code === 0x21d2 // ⇒
  );
}

const CATEGORY_BITS = ~PHRASE_PREFIX_FLAG;
const UNIT_WORD_BIT = 1 << Feature.unitWord;
const NUMBER_WORD_BIT = 1 << Feature.numberWord;

/**
 * Words inside pasted material ("story" in a story to summarise, "python" in a job ad to extract
 * fields from) describe the material, not the task, so they count this much of an instruction's
 * weight. Structure (code syntax, math notation, tables) counts in full: it is what the model must
 * read.
 */
const PAYLOAD_WEIGHT = 0.3;

/** Longer runs of letters are identifiers or noise, never lexicon words, nor parts of phrases. */
const MAX_LEXICON_WORD_LENGTH = 24;

function addCategories(counts: FeatureCounts, mask: number, weight: number): void {
  let remaining = mask & CATEGORY_BITS;
  while (remaining !== 0) {
    const lowest = remaining & -remaining;
    counts[31 - Math.clz32(lowest)]! += weight;
    remaining ^= lowest;
  }
}

/**
 * Adds `weight` × the count of every feature of `text[start, end)` to `counts`, in one pass over
 * the characters with no allocation: each word is hashed as its characters are read and looked up
 * in the lexicon's hash tables (and extended into a phrase only while a phrase can still match), and
 * code syntax, math notation and layout are counted from the characters around punctuation. Words
 * in `[payloadStart, payloadEnd)` or inside code fences count as pasted material. Returns how many
 * characters were outside ASCII (the token estimate needs it).
 *
 * One long function on purpose: it is the hot loop of every routed request, and keeping the scan
 * state in locals lets V8 hold it in registers (about 10 ns a character on a slow shared VM).
 */
export function scanTextFeatures(
  text: string,
  start: number,
  end: number,
  counts: FeatureCounts,
  weight: number,
  payloadStart: number,
  payloadEnd: number,
): number {
  const { wordTable, phraseTable, uppercaseSqlKeywordTable } = WORD_LEXICON;
  const payloadWeight = weight * PAYLOAD_WEIGHT;
  let nonAscii = 0;

  let wordStart = -1;
  let wordHasLower = false;
  let wordHasUpper = false;
  let wordIsCamel = false;
  let wordHasUnderscore = false;
  let wordPrimary = 0;
  let wordSecondary = 0;
  let numberStart = -1;
  let numberStartsLine = false;
  let previousTokenWasNumber = false;
  let previousIsOperand = false;
  // Keys of the last one, two and three words when they begin some phrase; 0 length = none.
  let prefixOneLength = 0;
  let prefixOnePrimary = 0;
  let prefixOneSecondary = 0;
  let prefixTwoLength = 0;
  let prefixTwoPrimary = 0;
  let prefixTwoSecondary = 0;
  let prefixThreeLength = 0;
  let prefixThreePrimary = 0;
  let prefixThreeSecondary = 0;

  let atLineStart = true;
  let lineIndent = 0;
  let linePipes = 0;
  let lastLineCode = 0;
  let inFence = false;
  // Inside `inline code` operators are code, not arithmetic.
  let inCodeSpan = false;

  // One position past the end acts as a final newline, flushing the last word and line.
  for (let index = start; index <= end; index++) {
    const code = index < end ? text.charCodeAt(index) : 10;
    if (code >= 128) nonAscii++;
    const charClass = classifyCode(code);

    if (wordStart >= 0) {
      // Most of a text is runs of lower-case letters: consume them in a tight loop.
      if (charClass === CHAR_LOWER && code < 128) {
        let primary = stepPrimaryHash(wordPrimary, code);
        let secondary = stepSecondaryHash(wordSecondary, code);
        let next = index + 1;
        while (next < end) {
          const nextCode = text.charCodeAt(next);
          if (nextCode < 97 || nextCode > 122) break;
          primary = stepPrimaryHash(primary, nextCode);
          secondary = stepSecondaryHash(secondary, nextCode);
          next++;
        }
        wordPrimary = primary;
        wordSecondary = secondary;
        wordHasLower = true;
        index = next - 1;
        continue;
      }
      if (charClass !== CHAR_OTHER) {
        if (charClass === CHAR_LOWER) {
          wordHasLower = true;
        } else if (charClass === CHAR_UPPER) {
          if (wordHasLower) wordIsCamel = true;
          wordHasUpper = true;
        } else if (charClass === CHAR_UNDERSCORE) {
          wordHasUnderscore = true;
        }
        const wordCode = charClass === CHAR_UPPER ? code + 32 : code;
        wordPrimary = stepPrimaryHash(wordPrimary, wordCode);
        wordSecondary = stepSecondaryHash(wordSecondary, wordCode);
        continue;
      }
      if ((code === 39 || code === 0x2019) && index + 1 < end && isLetterCode(text.charCodeAt(index + 1))) {
        wordPrimary = stepPrimaryHash(wordPrimary, 39);
        wordSecondary = stepSecondaryHash(wordSecondary, 39);
        continue;
      }

      // The word text[wordStart, index) is complete.
      const length = index - wordStart;
      counts[Feature.word]! += weight;
      const wordWeight = inFence || (wordStart >= payloadStart && wordStart < payloadEnd) ? payloadWeight : weight;
      const letter = length === 1 ? text.charCodeAt(wordStart) | 0x20 : 0;
      // "a" and "I" are words (and start phrases: "a summary"); other lone letters are symbols.
      if (length === 1 && letter !== 97 && letter !== 105) {
        if ((letter === 99 || letter === 102) && (code === 43 || code === 35)) {
          // "C++", "C#", "F#"
          counts[Feature.codeTerm]! += weight;
        } else if (
          !inFence &&
          !inCodeSpan &&
          !(code === 46 && index + 1 < end && isLetterCode(text.charCodeAt(index + 1))) &&
          !(wordStart > start && text.charCodeAt(wordStart - 1) === 46)
        ) {
          // Outside code, a lone letter that is not part of an abbreviation ("e.g.", "U.S.") is usually a math variable.
          counts[Feature.singleLetter]! += weight;
        }
        previousTokenWasNumber = false;
        prefixOneLength = prefixTwoLength = prefixThreeLength = 0;
      } else {
        if (wordHasUnderscore) counts[Feature.snakeCase]! += weight;
        if (wordIsCamel && classifyCode(text.charCodeAt(wordStart)) === CHAR_LOWER) counts[Feature.camelCase]! += weight;
        if (code === 40) counts[Feature.callParenthesis]! += weight;
        if (length <= MAX_LEXICON_WORD_LENGTH) {
          if (
            wordHasUpper &&
            !wordHasLower &&
            length >= 3 &&
            lookupWordHash(uppercaseSqlKeywordTable, wordPrimary, wordSecondary) !== 0
          ) {
            counts[Feature.codeKeyword]! += weight;
          }
          const mask = lookupWordHash(wordTable, wordPrimary, wordSecondary);
          if ((mask & CATEGORY_BITS) !== 0) {
            addCategories(counts, mask, wordWeight);
            if ((mask & UNIT_WORD_BIT) !== 0 && previousTokenWasNumber) counts[Feature.unitConstraint]! += weight;
          }
          previousTokenWasNumber = (mask & NUMBER_WORD_BIT) !== 0;

          // Extend the phrase beginnings kept so far by this word; check each for a whole phrase.
          let nextTwoLength = 0;
          let nextTwoPrimary = 0;
          let nextTwoSecondary = 0;
          let nextThreeLength = 0;
          let nextThreePrimary = 0;
          let nextThreeSecondary = 0;
          if (prefixThreeLength !== 0) {
            const phraseMask = lookupWordHash(
              phraseTable,
              combinePrimaryHash(prefixThreePrimary, wordPrimary),
              combineSecondaryHash(prefixThreeSecondary, wordSecondary),
            );
            if ((phraseMask & CATEGORY_BITS) !== 0) addCategories(counts, phraseMask, wordWeight);
          }
          if (prefixTwoLength !== 0) {
            const primary = combinePrimaryHash(prefixTwoPrimary, wordPrimary);
            const secondary = combineSecondaryHash(prefixTwoSecondary, wordSecondary);
            const phraseMask = lookupWordHash(phraseTable, primary, secondary);
            if ((phraseMask & CATEGORY_BITS) !== 0) addCategories(counts, phraseMask, wordWeight);
            if ((phraseMask & PHRASE_PREFIX_FLAG) !== 0) {
              nextThreeLength = 3;
              nextThreePrimary = primary;
              nextThreeSecondary = secondary;
            }
          }
          if (prefixOneLength !== 0) {
            const primary = combinePrimaryHash(prefixOnePrimary, wordPrimary);
            const secondary = combineSecondaryHash(prefixOneSecondary, wordSecondary);
            const phraseMask = lookupWordHash(phraseTable, primary, secondary);
            if ((phraseMask & CATEGORY_BITS) !== 0) addCategories(counts, phraseMask, wordWeight);
            if ((phraseMask & PHRASE_PREFIX_FLAG) !== 0) {
              nextTwoLength = 2;
              nextTwoPrimary = primary;
              nextTwoSecondary = secondary;
            }
          }
          prefixThreeLength = nextThreeLength;
          prefixThreePrimary = nextThreePrimary;
          prefixThreeSecondary = nextThreeSecondary;
          prefixTwoLength = nextTwoLength;
          prefixTwoPrimary = nextTwoPrimary;
          prefixTwoSecondary = nextTwoSecondary;
          prefixOneLength = (mask & PHRASE_PREFIX_FLAG) !== 0 ? 1 : 0;
          prefixOnePrimary = wordPrimary;
          prefixOneSecondary = wordSecondary;
        } else {
          previousTokenWasNumber = false;
          prefixOneLength = prefixTwoLength = prefixThreeLength = 0;
        }
      }
      wordStart = -1;
      previousIsOperand = true;
      lastLineCode = 97;
    } else if (numberStart >= 0) {
      if (charClass === CHAR_DIGIT) continue;
      if ((code === 46 || code === 44) && index + 1 < end && isDigitCode(text.charCodeAt(index + 1))) continue;
      counts[Feature.number]! += weight;
      if (numberStartsLine && (code === 46 || code === 41) && index + 1 < end && text.charCodeAt(index + 1) === 32) {
        counts[Feature.listItem]! += weight; // "1. …" or "2) …"
      }
      numberStart = -1;
      numberStartsLine = false;
      previousTokenWasNumber = true;
      previousIsOperand = true;
      lastLineCode = 48;
    }

    if (charClass === CHAR_LOWER || charClass === CHAR_UPPER || charClass === CHAR_UNDERSCORE) {
      if (atLineStart) {
        if (lineIndent >= 2) counts[Feature.indentedLine]! += weight;
        atLineStart = false;
      }
      wordStart = index;
      wordHasLower = charClass === CHAR_LOWER;
      wordHasUpper = charClass === CHAR_UPPER;
      wordIsCamel = false;
      wordHasUnderscore = charClass === CHAR_UNDERSCORE;
      const wordCode = charClass === CHAR_UPPER ? code + 32 : code;
      wordPrimary = stepPrimaryHash(WORD_HASH_SEED_PRIMARY, wordCode);
      wordSecondary = stepSecondaryHash(WORD_HASH_SEED_SECONDARY, wordCode);
      continue;
    }
    if (charClass === CHAR_DIGIT) {
      if (atLineStart) {
        if (lineIndent >= 2) counts[Feature.indentedLine]! += weight;
        numberStartsLine = true;
        atLineStart = false;
      }
      numberStart = index;
      continue;
    }
    if (code === 32 || code === 13 || code === 0xa0) {
      if (atLineStart) lineIndent++;
      continue;
    }
    if (code === 9) {
      if (atLineStart) lineIndent += 4;
      else linePipes++; // a tab between values is a column separator
      continue;
    }
    if (code === 10) {
      if (lastLineCode === 59 || lastLineCode === 123 || lastLineCode === 125) counts[Feature.codeLineEnd]! += weight;
      if (linePipes >= 2) counts[Feature.tableLine]! += weight;
      atLineStart = true;
      lineIndent = 0;
      linePipes = 0;
      lastLineCode = 0;
      previousIsOperand = false;
      inCodeSpan = false;
      prefixOneLength = prefixTwoLength = prefixThreeLength = 0;
      continue;
    }

    // Punctuation and symbols.
    const previousCode = index > start ? text.charCodeAt(index - 1) : 32;
    const nextCode = index + 1 < end ? text.charCodeAt(index + 1) : 32;
    if (atLineStart) {
      if ((code === 45 || code === 42 || code === 43 || code === 0x2022) && nextCode === 32) {
        counts[Feature.listItem]! += weight; // "- item", "* item", "• item"
        atLineStart = false;
        lastLineCode = code;
        continue;
      }
      if (lineIndent >= 2) counts[Feature.indentedLine]! += weight;
      atLineStart = false;
    }
    let operand = false;
    const inCode = inFence || inCodeSpan;
    switch (code) {
      case 96: {
        let run = 1;
        while (index + run < end && text.charCodeAt(index + run) === 96) run++;
        if (run >= 3) {
          counts[Feature.fence]! += weight;
          inFence = !inFence;
        } else {
          counts[Feature.inlineCode]! += weight;
          inCodeSpan = !inCodeSpan;
        }
        index += run - 1;
        break;
      }
      case 123:
      case 125:
        counts[Feature.brace]! += weight;
        break;
      case 124:
        linePipes++;
        break;
      case 41:
      case 93:
        operand = true;
        break;
      case 61: // =
        if (nextCode === 61 || nextCode === 62) {
          counts[Feature.codeOperator]! += weight;
          index++;
        } else if (previousCode === 33 || previousCode === 43 || previousCode === 45 || previousCode === 58) {
          counts[Feature.codeOperator]! += weight; // != += -= :=
        } else if (!inCode && previousIsOperand && isOperandAhead(text, index + 1, end)) {
          counts[Feature.equation]! += weight;
        }
        break;
      case 45: // -
        if (nextCode === 62) {
          counts[Feature.codeOperator]! += weight;
          index++;
        } else if (
          !inCode &&
          previousIsOperand &&
          ((previousCode === 32 && nextCode === 32 && isOperandAhead(text, index + 1, end)) ||
            // "x-2" or "(n+1)-3"; not digit-digit, which is far more often a date, a phone number or a range
            (isDigitCode(nextCode) && (isLetterCode(previousCode) || previousCode === 41)))
        ) {
          counts[Feature.mathOperator]! += weight;
        }
        break;
      case 43: // +
        if (nextCode === 43 || nextCode === 61) {
          counts[Feature.codeOperator]! += weight;
          index++;
        } else if (!inCode && previousIsOperand && isOperandAhead(text, index + 1, end)) {
          counts[Feature.mathOperator]! += weight;
        }
        break;
      case 42: // *
        if (nextCode === 42) index++; // markdown bold or a power operator: neither says much
        else if (!inCode && previousIsOperand && isOperandAhead(text, index + 1, end)) counts[Feature.mathOperator]! += weight;
        break;
      case 47: // /
        if (nextCode === 47) {
          index++; // a comment or a URL
        } else if (nextCode === 62) {
          counts[Feature.markupTag]! += weight;
        } else if (previousCode === 60) {
          counts[Feature.markupTag]! += weight;
        } else if (
          !inCode &&
          (isDigitCode(previousCode) ||
            isDigitCode(nextCode) ||
            (previousCode === 32 && nextCode === 32 && previousIsOperand && isOperandAhead(text, index + 1, end)))
        ) {
          counts[Feature.mathOperator]! += weight;
        }
        break;
      case 94: // ^
        if (!inCode && previousIsOperand) {
          counts[Feature.exponent]! += weight;
          counts[Feature.mathOperator]! += weight;
        }
        break;
      case 37: // %
        if (isDigitCode(previousCode)) counts[Feature.mathOperator]! += weight;
        break;
      case 60: // <
      case 62: // >
        if (nextCode === 61) {
          counts[Feature.mathOperator]! += weight;
          index++;
        } else if (
          !inCode &&
          previousCode === 32 &&
          nextCode === 32 &&
          previousIsOperand &&
          isOperandAhead(text, index + 1, end)
        ) {
          counts[Feature.mathOperator]! += weight;
        }
        break;
      case 33: // !
        if (nextCode === 61) {
          counts[Feature.codeOperator]! += weight;
          index++;
        }
        prefixOneLength = prefixTwoLength = prefixThreeLength = 0;
        break;
      case 38: // &
        if (nextCode === 38) {
          counts[Feature.codeOperator]! += weight;
          index++;
        }
        break;
      case 58: // :
        if (nextCode === 58) {
          counts[Feature.codeOperator]! += weight;
          index++;
        }
        break;
      case 92: {
        // \frac, \sum, \alpha: three letters or more, so "\n" in a string literal does not count
        let letters = 0;
        while (index + 1 + letters < end && isLetterCode(text.charCodeAt(index + 1 + letters))) letters++;
        if (letters >= 3) counts[Feature.mathNotation]! += weight;
        break;
      }
      case 63: // ?
        counts[Feature.questionMark]! += weight;
        prefixOneLength = prefixTwoLength = prefixThreeLength = 0;
        break;
      case 46: // .
        prefixOneLength = prefixTwoLength = prefixThreeLength = 0;
        break;
      default:
        if (code >= 128 && isMathSymbol(code)) counts[Feature.mathNotation]! += weight;
    }
    previousIsOperand = operand;
    lastLineCode = code;
  }
  return nonAscii;
}
