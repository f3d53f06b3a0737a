import { maximumEchoLength } from './chat-request.js';
import { removeDirectives } from './find-directive-groups.js';

/** The echo part of the default answer: directives removed, trimmed, cut to 200 characters. */
export function summarizeUserText(textParts: readonly string[]): string {
  return removeDirectives(textParts.join(' ')).trim().slice(0, maximumEchoLength);
}
