import { Feature } from './text-feature.js';
import { createWordHashTable, hashPhrase, hashWord, type WordHashTable } from './word-hash-table.js';

/*
 * The vocabulary behind the word categories, written from what makes a request hard or easy for a
 * small model in general (programming, multi-step math, proofs, logic, exact constraints versus
 * open-ended writing, chat, rephrasing, short translation). Words are lower case; a word may sit in
 * several categories. Phrases are matched over consecutive words of one sentence; hyphens split
 * words, so "step-by-step" matches "step by step".
 */

const WORDS_BY_CATEGORY: ReadonlyArray<readonly [number, string]> = [
  [
    Feature.codeTerm,
    `python javascript typescript java golang rust kotlin swift ruby php perl haskell scala clojure elixir erlang
     ocaml fortran cobol lua dart julia matlab sql postgres postgresql mysql sqlite mongodb redis html css scss
     react vue angular svelte div flexbox nodejs deno django flask fastapi laravel nextjs regex regexp api apis endpoint
     endpoints sdk cli function functions array arrays pointer pointers
     recursion recursive algorithm algorithms implement implementation implementing compile compiler compiles
     compiled runtime code coding codebase snippet script scripts programming programmer
     debug debugging refactor refactoring unittest pytest jest vitest mocha junit docker dockerfile kubernetes
     k8s bash powershell zsh git github gitlab repo repository backend frontend database
     databases webpack vite npm pip cargo maven gradle syntax boolean hashmap bitwise leetcode
     threading mutex semaphore concurrency deadlock segfault stacktrace traceback nullable
     generics lambda callback callbacks iterator middleware microservice
     microservices kafka graphql oauth jwt webhook cron numpy pandas dataframe tensorflow pytorch sklearn cuda
     linux unix kernel compiler interpreter bytecode struct structs enum enums typescript's jsx tsx
     subclass polymorphism serialization deserialize serialize async`,
  ],
  [
    Feature.codeKeyword,
    `def elif const var println printf console await struct typedef namespace nullptr std void int bool
     null undefined fn impl pub mut func goroutine chan usize str dict tuple len args kwargs argv stdin
     stdout stderr fmt sudo npx println! isinstance`,
  ],
  [
    Feature.mathTerm,
    `equation equations solve solving integral integrals integrate derivative derivatives differentiate
     differential calculus algebra algebraic arithmetic geometry geometric trigonometry sine cosine sin cos
     tan log ln logarithm logarithms exponential exponent polynomial polynomials quadratic cubic matrix
     matrices determinant eigenvalue eigenvalues eigenvector eigenvectors vector vectors scalar theorem
     lemma corollary axiom probability probabilities odds dice variance deviation median statistics
     statistical factorial permutation permutations combination combinations combinatorics binomial prime
     primes divisible divisor divisors divisibility remainder modulo gcd lcm integer integers fraction
     fractions decimal ratio proportion percent percentage triangle triangles circle radius diameter
     circumference area perimeter volume angle angles hypotenuse pythagorean sqrt irrational rational
     infinity infinitely converge converges convergence asymptote slope intercept parabola coordinate
     coordinates inequality inequalities maximize minimize maximise minimise calculate calculating
     calculation compute computing simplify factorise factorize digits numerator denominator
     vertices vertex polygon sphere cylinder cone compounded average sum multiply divide
     subtract`,
  ],
  [Feature.proof, `prove proves proving proof proofs derive derivation rigorous rigorously qed induction contradiction`],
  [
    Feature.reasoningTerm,
    `reason reasoning logic logical logically puzzle puzzles riddle riddles deduce deduction infer
     inference conclude conclusion implies implication implications paradox hypothesis hypothetical suppose
     assume assuming assumption assumptions counterexample valid validity fallacy syllogism liar lying truth
     truthful brainteaser dilemma consequence consequences strategy`,
  ],
  [
    Feature.logicConnective,
    `if then therefore thus hence unless either neither nor otherwise whenever all some none every`,
  ],
  [
    Feature.constraint,
    `must exactly strict strictly ensure required require requires requirement requirements constraint constraints
     mandatory never avoid without don't dont cannot can't shouldn't mustn't only precisely maximum minimum pentameter`,
  ],
  [
    Feature.hardQualifier,
    `optimal optimally efficient efficiently efficiency optimize optimise optimization optimisation
     performant scalable scalability complexity asymptotic robust correctness concurrent concurrency
     deadlock atomic distributed consensus invariant invariants amortized overflow underflow precision
     numerically bottleneck`,
  ],
  [
    Feature.creativeNoun,
    `poem poems poetry haiku haikus limerick limericks sonnet sonnets verse stanza stanzas rhyme rhymes
     rhyming ballad ode lyrics song songs rap jingle story stories storytelling tale tales fable fairytale
     fiction fictional plot narrative protagonist villain screenplay dialogue monologue joke jokes pun puns
     slogan slogans tagline taglines motto toast eulogy vows creative creatively imaginative whimsical
     humorous funny witty catchy vivid fantasy quiz trivia`,
  ],
  [
    Feature.writingNoun,
    `email emails memo essay essays article blog speech tweet tweets caption captions headline
     headlines bio newsletter announcement invitation proposal pitch resume advertisement ad ads brochure`,
  ],
  [Feature.roleplay, `pretend roleplay imagine persona impersonate`],
  [Feature.writeVerb, `write compose draft craft pen brainstorm invent`],
  [Feature.extractVerb, `extract extracting extraction parse parsing tabulate`],
  [Feature.listVerb, `list identify enumerate classify categorize categorise`],
  [
    Feature.structuredFormat,
    `json yaml xml csv tsv table tables tabular schema fields columns column rows markdown spreadsheet`,
  ],
  [
    Feature.summary,
    `summarize summarise summarized summarised summarizing summarising summarization
     summarisation tldr condense recap gist synopsis takeaways`,
  ],
  [Feature.translate, `translate translates translated translating translation translations translator`],
  [
    Feature.languageName,
    `english french spanish german italian portuguese dutch swedish norwegian danish finnish polish czech
     russian ukrainian greek turkish arabic hebrew persian farsi hindi urdu bengali chinese mandarin
     cantonese japanese korean vietnamese thai indonesian malay swahili latin romanian hungarian`,
  ],
  [Feature.questionWord, `what who whom whose when where which how what's who's`],
  [Feature.chat, `hi hello hey thanks thank thx cheers lol haha ok okay cool bye goodbye`],
  [
    Feature.rewrite,
    `rephrase reword paraphrase rewrite proofread polish shorten tone formal informal grammar grammatical
     typo typos punctuation`,
  ],
  [Feature.explain, `explain explains explanation describe define definition meaning tell discuss elaborate clarify`],
  [
    Feature.debug,
    `bug bugs buggy debug error errors exception exceptions traceback stacktrace crash crashes crashing
     segfault failing broken fix panic deprecated`,
  ],
  [
    Feature.characterLevel,
    `vowels consonants anagram anagrams palindrome palindromes backwards lipogram acrostic`,
  ],
  [
    Feature.numberWord,
    `one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred
     thousand dozen few couple single`,
  ],
  [
    Feature.unitWord,
    `word words sentence sentences paragraph paragraphs line lines bullet bullets point points item items
     example examples stanza stanzas verse verses syllable syllables character characters page pages
     question questions idea ideas option options step steps reason reasons tip tips`,
  ],
  [
    Feature.compare,
    `compare comparing comparison contrast versus vs tradeoff tradeoffs pros cons advantages disadvantages
     differences`,
  ],
  [Feature.analyze, `analyze analyse analysis evaluate evaluation assess assessment critique critically justify argue`],
  [Feature.payloadReference, `following below above attached passage excerpt transcript document provided pasted here's`],
];

const PHRASES_BY_CATEGORY: ReadonlyArray<readonly [number, string]> = [
  [
    Feature.codeTerm,
    `time complexity|space complexity|big o|unit test|unit tests|linked list|binary search|binary tree|
     hash map|hash table|dynamic programming|regular expression|pull request|code review|stack trace|
     race condition|shell script|command line|data structure|data structures|design pattern|type error|
     c plus plus|memory leak|hello world`,
  ],
  [Feature.hardQualifier, `edge case|edge cases|corner case|corner cases|thread safe|lock free|worst case|race condition|np hard`],
  [
    Feature.mathTerm,
    `square root|prime number|prime numbers|expected value|standard deviation|compound interest|closed form|
     positive integer|positive integers|natural number|natural numbers|real numbers|how many ways|
     common denominator|right triangle|solve for|infinitely many|expected number`,
  ],
  [
    Feature.quantity,
    `how many|how much|how long|how far|how fast|how old|what percentage|what fraction|the probability|in total|
     on average`,
  ],
  [
    Feature.stepByStep,
    `step by step|show your work|show all work|show your reasoning|explain your reasoning|explain your answer|
     justify your answer|think carefully|think through|chain of thought|work out|reason through`,
  ],
  [
    Feature.constraint,
    `at least|at most|no more than|no fewer than|no less than|fewer than|up to|do not|must not|make sure|
     in the format|formatted as|one of|word limit|no longer than|does not|is not|are not|did not|rhyme scheme`,
  ],
  [
    Feature.characterLevel,
    `the letter|each letter|first letter|last letter|every letter|letters in|how many letters|number of letters|
     how many characters|number of characters|character count|count the|reverse the|letter by letter|
     how many times|how many words`,
  ],
  [Feature.creativeNoun, `short story|in the style of|love letter`],
  [Feature.reasoningTerm, `explain why|true or false|valid or invalid`],
  [Feature.writingNoun, `a letter|letter to|letter of|formal letter|cover letter|press release|product description|blog post|wedding toast|thank you note`],
  [
    Feature.roleplay,
    `act as|act like|role play|stay in character|in character|play the role|as if you were|you are now|
     from the perspective of|in the voice of|imagine you are|pretend to be|pretend you are`,
  ],
  [Feature.writeVerb, `come up with|make up`],
  [Feature.extractVerb, `pull out|find all|list all|list every|identify all|identify every|extract all|key value|named entities|mentioned in`],
  [Feature.structuredFormat, `key value|as json|in json|json object|json array|iso 8601`],
  [
    Feature.summary,
    `key points|main points|main ideas|key takeaways|in a nutshell|tl dr|sum up|boil down|short version|
     high level overview|a summary|short summary|brief summary|quick summary|summary of`,
  ],
  [Feature.translate, `how do you say|how to say|how would you say`],
  [Feature.chat, `how are you|good morning|good night|good evening|thank you|what's up|nice to meet`],
  [
    Feature.rewrite,
    `fix the grammar|more professional|more formal|less formal|more casual|more concise|make it sound|
     make it shorter|make it longer|sound better|improve the wording`,
  ],
  [Feature.explain, `what is|what are|how does|how do|tell me|walk me through`],
  [Feature.payloadReference, `this text|the text|given text|this passage|this sentence|the sentence|following sentence|this article|this paragraph|here is|the table|this table|this data|this email`],
  [Feature.compare, `trade off|trade offs|pros and cons`],
];

/** Languages again, as phrases that only a translation request uses ("into French"). */
const TRANSLATION_PHRASE_LEADS = ['into', 'mean in', 'say in', 'say it in', 'translate to', 'in plain'];

export interface WordLexicon {
  /** Word → bit mask over the word categories of `Feature`. */
  readonly words: ReadonlyMap<string, number>;
  /** Phrase of two to four words joined by one space → bit mask. */
  readonly phrases: ReadonlyMap<string, number>;
  /**
   * The same, keyed by the hashes the scan computes (see `word-hash-table.ts`). A word or phrase
   * that begins a longer phrase also carries `PHRASE_PREFIX_FLAG`, so one lookup tells the scan
   * both what the words mean and whether to keep extending them.
   */
  readonly wordTable: WordHashTable;
  readonly phraseTable: WordHashTable;
  /** Words that are SQL keywords when written in upper case ("SELECT", "WHERE"), value 1. */
  readonly uppercaseSqlKeywordTable: WordHashTable;
}

/** Phrases the scan can match: it keeps at most three words of a phrase's beginning. */
export const MAX_PHRASE_WORDS = 4;

/** Marks a table entry that begins some phrase; outside the 31 category bits. */
export const PHRASE_PREFIX_FLAG = 1 << 31;

function splitWords(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

function splitPhrases(list: string): string[] {
  return list
    .split('|')
    .map((phrase) => splitWords(phrase).join(' '))
    .filter((phrase) => phrase.length > 0);
}

function addMask(map: Map<string, number>, key: string, category: number): void {
  map.set(key, (map.get(key) ?? 0) | (1 << category));
}

function buildWordLexicon(): WordLexicon {
  const words = new Map<string, number>();
  for (const [category, list] of WORDS_BY_CATEGORY) {
    for (const word of splitWords(list)) addMask(words, word, category);
  }
  const phrases = new Map<string, number>();
  for (const [category, list] of PHRASES_BY_CATEGORY) {
    for (const phrase of splitPhrases(list)) addMask(phrases, phrase, category);
  }
  const languageList = WORDS_BY_CATEGORY.find(([category]) => category === Feature.languageName)?.[1] ?? '';
  for (const language of splitWords(languageList)) {
    for (const lead of TRANSLATION_PHRASE_LEADS) addMask(phrases, `${lead} ${language}`, Feature.translate);
  }
  const prefixes = new Set<string>();
  for (const phrase of phrases.keys()) {
    const parts = phrase.split(' ');
    for (let length = 1; length < parts.length; length++) prefixes.add(parts.slice(0, length).join(' '));
  }
  const sqlKeywords = splitWords('select from where join group order insert update delete create table inner outer left values having limit distinct');
  const singleWordPrefixes = [...prefixes].filter((prefix) => !prefix.includes(' '));
  const multiWordPrefixes = [...prefixes].filter((prefix) => prefix.includes(' '));
  return {
    words,
    phrases,
    wordTable: createWordHashTable([
      ...[...words].map(([word, mask]) => [hashWord(word), mask] as const),
      ...singleWordPrefixes.map((prefix) => [hashWord(prefix), PHRASE_PREFIX_FLAG] as const),
    ]),
    phraseTable: createWordHashTable([
      ...[...phrases].map(([phrase, mask]) => [hashPhrase(phrase.split(' ')), mask] as const),
      ...multiWordPrefixes.map((prefix) => [hashPhrase(prefix.split(' ')), PHRASE_PREFIX_FLAG] as const),
    ]),
    uppercaseSqlKeywordTable: createWordHashTable(sqlKeywords.map((word) => [hashWord(word), 1] as const)),
  };
}

export const WORD_LEXICON: WordLexicon = buildWordLexicon();
