/** Directive keys mapped to their values; a bare `key` maps to ''. */
export type Directives = ReadonlyMap<string, string>;

export interface DirectiveGroup {
  /** The group text, trimmed: the key of its `times` counter. */
  text: string;
  /** Every key except the filters `model` and `times`. */
  values: Directives;
  /** `model=SUBSTR`: the group applies only to models whose id contains it. */
  model: string | undefined;
  /** `times=N`: the group applies only to the first N requests it matches. */
  times: number | undefined;
}

/** Parses `key` / `key=value` items separated by spaces or `;`. Keys are case-insensitive. */
export function parseDirectiveGroup(text: string): DirectiveGroup {
  const values = new Map<string, string>();
  let model: string | undefined;
  let times: number | undefined;
  for (const item of text.split(/[\s;]+/)) {
    if (item === '') continue;
    const separator = item.indexOf('=');
    const key = (separator === -1 ? item : item.slice(0, separator)).toLowerCase();
    const value = separator === -1 ? '' : item.slice(separator + 1);
    if (key === '') continue;
    if (key === 'model') {
      model = value;
    } else if (key === 'times') {
      const count = Number(value);
      // A malformed count must not silently make the group permanent.
      times = Number.isFinite(count) && count >= 0 ? Math.floor(count) : 0;
    } else {
      values.set(key, value);
    }
  }
  return { text: text.trim(), values, model, times };
}
