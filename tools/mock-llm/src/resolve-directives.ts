import { findDirectiveGroups } from './find-directive-groups.js';
import { parseDirectiveGroup } from './parse-directive-group.js';
import type { Directives } from './parse-directive-group.js';

export interface DirectiveSources {
  rules: readonly string[];
  /** The `x-mock-fault` request header. */
  header: string | undefined;
  /** Every message text of the request (system first), searched for `[[mock: …]]` groups. */
  messageTexts: readonly string[];
}

export interface DirectiveResolver {
  /** Merges the groups that apply to this request (later keys win) and counts their `times` use. */
  resolve(sources: DirectiveSources, model: string): Directives;
  clearCounters(groupTexts?: readonly string[]): void;
}

export function createDirectiveResolver(): DirectiveResolver {
  const useCounts = new Map<string, number>();

  function applies(groupText: string, model: string, merged: Map<string, string>): void {
    const group = parseDirectiveGroup(groupText);
    if (group.model !== undefined && !model.includes(group.model)) return;
    if (group.times !== undefined) {
      const used = useCounts.get(group.text) ?? 0;
      if (used >= group.times) return;
      useCounts.set(group.text, used + 1);
    }
    for (const [key, value] of group.values) merged.set(key, value);
  }

  return {
    resolve(sources, model) {
      const merged = new Map<string, string>();
      for (const rule of sources.rules) applies(rule, model, merged);
      if (sources.header !== undefined) applies(sources.header, model, merged);
      for (const text of sources.messageTexts) {
        for (const groupText of findDirectiveGroups(text)) applies(groupText, model, merged);
      }
      return merged;
    },
    clearCounters(groupTexts) {
      if (groupTexts === undefined) {
        useCounts.clear();
        return;
      }
      for (const text of groupTexts) useCounts.delete(text.trim());
    },
  };
}
