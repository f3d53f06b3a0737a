import { truncateText } from '../handoff/truncate-text.js';
import type { ModelVerdict } from './cross-check-outcome.js';

const maxTaskCharacters = 4_000;
const maxAnswerCharacters = 8_000;

/** The user turn a reviewer or judge sees: the task and the answer to check. */
export function reviewMaterial(taskText: string, answer: string): string {
  return `Task:\n${truncateText(taskText, maxTaskCharacters)}\n\nAnswer to check:\n${truncateText(answer, maxAnswerCharacters)}`;
}

/** The arbiter also sees each reviewer's verdict and issues. */
export function arbiterMaterial(taskText: string, answer: string, reviews: readonly ModelVerdict[]): string {
  const lines = reviews.map(
    (review, index) => `Reviewer ${index + 1}: ${review.verdict} (confidence ${review.confidence})${review.issues.length > 0 ? `: ${review.issues.join('; ')}` : ''}`,
  );
  return `${reviewMaterial(taskText, answer)}\n\nReviews:\n${lines.join('\n')}`;
}
