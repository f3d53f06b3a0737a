/**
 * Indexes of the counters the text scan fills. The first 31 are word categories: a lexicon entry
 * is a bit mask over them, so one map lookup credits a word to every category it belongs to.
 * The rest count character-level structure (code syntax, math notation, layout).
 */
export const Feature = {
  codeTerm: 0,
  codeKeyword: 1,
  mathTerm: 2,
  proof: 3,
  reasoningTerm: 4,
  logicConnective: 5,
  constraint: 6,
  hardQualifier: 7,
  creativeNoun: 8,
  writingNoun: 9,
  roleplay: 10,
  writeVerb: 11,
  extractVerb: 12,
  structuredFormat: 13,
  summary: 14,
  translate: 15,
  languageName: 16,
  questionWord: 17,
  chat: 18,
  rewrite: 19,
  explain: 20,
  debug: 21,
  characterLevel: 22,
  numberWord: 23,
  unitWord: 24,
  compare: 25,
  analyze: 26,
  stepByStep: 27,
  quantity: 28,
  payloadReference: 29,
  listVerb: 30,

  fence: 32,
  inlineCode: 33,
  brace: 34,
  codeLineEnd: 35,
  codeOperator: 36,
  callParenthesis: 37,
  camelCase: 38,
  snakeCase: 39,
  indentedLine: 40,
  markupTag: 41,
  mathOperator: 42,
  exponent: 43,
  mathNotation: 44,
  equation: 45,
  number: 46,
  singleLetter: 47,
  questionMark: 48,
  listItem: 49,
  tableLine: 50,
  unitConstraint: 51,
  word: 52,
} as const;

export type FeatureName = keyof typeof Feature;

/** Size of a feature counter array (word categories, a gap, then the structural counters). */
export const FEATURE_COUNT = 53;

/** Weighted counts per feature, indexed by `Feature`. */
export type FeatureCounts = Float64Array;

export function createFeatureCounts(): FeatureCounts {
  return new Float64Array(FEATURE_COUNT);
}
