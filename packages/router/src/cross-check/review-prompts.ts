const verdictFormat =
  'Reply with one JSON object and nothing else: {"verdict": "pass" | "fail" | "uncertain", "issues": [short strings], "confidence": number from 0 to 1}.';

/** Reviewers judge one answer; "fail" only for concrete, checkable errors, so a vague worry is not a failure. */
export const DEFAULT_REVIEW_PROMPT = `You review another model's answer to a task. Check it for factual, logical, computational and coding errors and for missed requirements. Use "fail" only for a concrete error you can name, "uncertain" when you cannot tell, "pass" otherwise. ${verdictFormat}`;

/** The arbiter settles a disagreement between reviewers by checking their claims against the answer. */
export const DEFAULT_ARBITER_PROMPT = `Reviewers disagree about another model's answer to a task. Check each reviewer's claimed issues against the answer yourself and decide. Use "fail" only when at least one claimed issue is real. ${verdictFormat}`;

/** The judge gives a cheap structured verdict on whether the answer does what was asked. */
export const DEFAULT_JUDGE_PROMPT = `You judge whether an answer fully and correctly does what the task asks. Use "fail" only for a concrete, nameable shortcoming. ${verdictFormat}`;
