import { ToolFailure } from '../toolset-support/tool-failure.js';
import { describeRequestedPath } from './describe-requested-path.js';

// Branch, tag and commit names with the usual suffixes (HEAD~2, main^, v1.2.3); no ranges, no options, no spaces.
const refPattern = /^[A-Za-z0-9][A-Za-z0-9._/@{}~^+-]{0,199}$/;

/** Refuses anything git could read as an option or as more than one revision. */
export function validateGitRef(ref: string): void {
  if (ref.startsWith('-')) {
    throw new ToolFailure('invalid_ref', `Ref ${describeRequestedPath(ref)} starts with "-", which git would read as an option; refused.`, 'Give a branch, tag or commit id.');
  }
  if (!refPattern.test(ref) || ref.includes('..') || ref.includes('@{-')) {
    throw new ToolFailure(
      'invalid_ref',
      `Ref ${describeRequestedPath(ref)} is not a plain branch, tag or commit name.`,
      'Give one revision such as main, HEAD~1, v1.2.0 or a commit id (no ranges, spaces or shell characters).',
    );
  }
}
