type HeaderValue = string | string[] | undefined;
export type HeaderBag = Record<string, HeaderValue>;

function first(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Parses OpenAI's reset durations such as `1s`, `6m0s`, `20ms`, `1h2m3.5s`. */
export function parseDurationMs(text: string): number | undefined {
  const pattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = 0;
  for (const match of text.matchAll(pattern)) {
    matched += match[0].length;
    const amount = Number(match[1]);
    const unit = match[2];
    total += unit === 'ms' ? amount : unit === 's' ? amount * 1000 : unit === 'm' ? amount * 60_000 : amount * 3_600_000;
  }
  return matched > 0 && matched === text.trim().length ? Math.ceil(total) : undefined;
}

function parseSecondsOrDate(text: string, now: number): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long the upstream asks us to wait, in ms, from `retry-after-ms`, `retry-after` (seconds or an HTTP
 * date), OpenAI's `x-ratelimit-reset-*` durations or Anthropic's `anthropic-ratelimit-*-reset` timestamps.
 * The explicit headers win; among rate-limit resets the longest applies, since every exhausted limit must reset.
 */
export function parseRetryAfterMs(headers: HeaderBag, now = Date.now()): number | undefined {
  const milliseconds = first(headers['retry-after-ms']);
  if (milliseconds !== undefined && /^\d+(\.\d+)?$/.test(milliseconds.trim())) return Math.ceil(Number(milliseconds));
  const retryAfter = first(headers['retry-after']);
  if (retryAfter !== undefined) {
    const parsed = parseSecondsOrDate(retryAfter, now);
    if (parsed !== undefined) return parsed;
  }
  let longest: number | undefined;
  for (const name of ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens']) {
    const value = first(headers[name]);
    const parsed = value === undefined ? undefined : parseDurationMs(value);
    if (parsed !== undefined) longest = Math.max(longest ?? 0, parsed);
  }
  for (const name of [
    'anthropic-ratelimit-requests-reset',
    'anthropic-ratelimit-tokens-reset',
    'anthropic-ratelimit-input-tokens-reset',
    'anthropic-ratelimit-output-tokens-reset',
  ]) {
    const value = first(headers[name]);
    const parsed = value === undefined ? undefined : parseSecondsOrDate(value, now);
    if (parsed !== undefined) longest = Math.max(longest ?? 0, parsed);
  }
  return longest;
}
