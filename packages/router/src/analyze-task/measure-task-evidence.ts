import { Feature, type FeatureCounts } from './text-feature.js';

/** x / (x + half): 0 at 0, ½ at `half`, approaching 1; so no single feature can dominate by repetition. */
export function saturate(value: number, half: number): number {
  return value <= 0 ? 0 : value / (value + half);
}

/**
 * How strongly the text points at each kind of task, and the cross-cutting properties that make a
 * task harder, as weighted sums of the scanned features. Unbounded; classification compares them
 * and the difficulty score saturates them.
 */
export interface TaskEvidence {
  readonly code: number;
  readonly math: number;
  readonly reasoning: number;
  readonly creative: number;
  readonly extraction: number;
  readonly summarization: number;
  readonly translation: number;
  readonly question: number;
  readonly chat: number;
  /** Explicit requirements the answer must meet at once: "must", "exactly", "at least", "in 100 words", numbered lists. */
  readonly constraints: number;
  /** Words that ask for more than a working answer: optimal, efficient, edge cases, thread-safe. */
  readonly hardQualifiers: number;
  /** A demanded output structure: JSON, a table, a schema, CSV. */
  readonly structuredOutput: number;
  /** An explicit demand for a derivation: prove, derive, step by step, show your work. */
  readonly proofOrSteps: number;
  /** Work at the level of letters (counting, reversing, anagrams), which tokenised models do badly. */
  readonly characterLevel: number;
}

export function measureTaskEvidence(counts: FeatureCounts): TaskEvidence {
  const at = (feature: number): number => counts[feature] ?? 0;

  const codeSyntax =
    0.5 * at(Feature.brace) +
    1.0 * at(Feature.codeLineEnd) +
    0.8 * at(Feature.codeOperator) +
    0.5 * at(Feature.callParenthesis) +
    0.8 * at(Feature.camelCase) +
    0.8 * at(Feature.snakeCase) +
    0.3 * at(Feature.indentedLine) +
    0.6 * at(Feature.markupTag) +
    0.4 * at(Feature.inlineCode) +
    0.7 * at(Feature.codeKeyword);
  const code =
    1.5 * Math.min(at(Feature.fence), 4) + 1.6 * at(Feature.codeTerm) + 0.8 * at(Feature.debug) + 4 * saturate(codeSyntax, 3);

  const mathSyntax =
    1.0 * at(Feature.mathOperator) +
    1.2 * at(Feature.equation) +
    1.0 * at(Feature.exponent) +
    1.5 * at(Feature.mathNotation) +
    0.6 * at(Feature.singleLetter);
  const mathWords = 1.4 * at(Feature.mathTerm) + 1.0 * at(Feature.proof) + 1.2 * at(Feature.quantity);
  // Numbers are as often dates, prices and versions, and "show your work" fits any subject: both
  // only add to math that is already there.
  const mathSupport =
    mathWords + mathSyntax > 0 ? 1.0 * saturate(at(Feature.number), 3) + 1.0 * at(Feature.stepByStep) : 0;
  const math = mathWords + 4 * saturate(mathSyntax, 2.5) + mathSupport;

  const reasoning =
    1.3 * at(Feature.reasoningTerm) +
    1.5 * at(Feature.stepByStep) +
    0.8 * at(Feature.proof) +
    0.35 * at(Feature.logicConnective) +
    1.5 * at(Feature.characterLevel) +
    0.8 * at(Feature.compare) +
    0.7 * at(Feature.analyze);

  // "write" alone is as often code ("write a function"), and "email" or "post" alone as often a
  // verb or a topic; together ("write an email", "compose a poem") they name the output.
  const writeVerb = Math.min(at(Feature.writeVerb), 2);
  const creative =
    2.5 * at(Feature.creativeNoun) +
    2.2 * at(Feature.roleplay) +
    1.4 * at(Feature.rewrite) +
    (writeVerb > 0 ? 1.6 * at(Feature.writingNoun) : 0) +
    (writeVerb > 0 && at(Feature.creativeNoun) + at(Feature.writingNoun) > 0 ? 1.5 : 0);

  const extractVerbs = at(Feature.extractVerb) + at(Feature.listVerb);
  const extraction =
    2.5 * at(Feature.extractVerb) +
    0.7 * at(Feature.structuredFormat) +
    2 * saturate(at(Feature.tableLine), 2) +
    (extractVerbs > 0 ? 0.8 * at(Feature.listVerb) + 0.5 * at(Feature.payloadReference) : 0);

  // "Summarize" and "translate" name the task outright, whatever the pasted text is about: one such
  // verb outweighs the most that code or math notation in the material can add (4 + 1).
  const translate = at(Feature.translate);
  return {
    code,
    math,
    reasoning,
    creative,
    extraction,
    summarization: 6 * at(Feature.summary),
    translation: 6 * translate + (translate > 0 ? 0.5 : 0.2) * at(Feature.languageName),
    question: 0.5 * at(Feature.questionWord) + 0.6 * saturate(at(Feature.questionMark), 1) + 0.8 * at(Feature.explain),
    chat: at(Feature.chat),
    constraints: at(Feature.constraint) + at(Feature.unitConstraint) + 0.5 * at(Feature.listItem),
    hardQualifiers: at(Feature.hardQualifier),
    structuredOutput: at(Feature.structuredFormat),
    proofOrSteps: at(Feature.proof) + at(Feature.stepByStep),
    characterLevel: at(Feature.characterLevel),
  };
}
