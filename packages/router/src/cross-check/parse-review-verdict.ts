import { reviewVerdictSchema, type ReviewVerdict } from './review-verdict.js';

const fencedJson = /```(?:json)?\s*([\s\S]*?)```/i;

function candidates(text: string): string[] {
  const found = [text.trim()];
  const fenced = fencedJson.exec(text);
  if (fenced?.[1]) found.push(fenced[1].trim());
  const open = text.indexOf('{');
  const close = text.lastIndexOf('}');
  if (open >= 0 && close > open) found.push(text.slice(open, close + 1));
  return found;
}

/**
 * Reads a verdict out of a model's reply (bare JSON, a fenced block, or the outermost braces).
 * A reply that does not hold a valid verdict is `uncertain` with confidence 0, never a pass.
 */
export function parseReviewVerdict(reply: string): ReviewVerdict {
  for (const candidate of candidates(reply)) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const parsed = reviewVerdictSchema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return { verdict: 'uncertain', issues: ['the reply did not contain a valid verdict'], confidence: 0 };
}
