import type { Directives } from './parse-directive-group.js';
import { readNumberDirective } from './read-directive.js';

export type WireFormatName = 'openai' | 'anthropic';

/** RFC 3339, whole seconds, at least `seconds` ahead of `now`. */
function resetTime(now: number, seconds: number): string {
  const reset = Math.ceil((now + seconds * 1000) / 1000) * 1000;
  return new Date(reset).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The retry and rate-limit headers asked for by `retry_after`, `retry_after_ms` and `ratelimit_reset`. */
export function faultHeaders(directives: Directives, format: WireFormatName, now = Date.now()): Record<string, string> {
  const headers: Record<string, string> = {};
  const retryAfter = directives.get('retry_after');
  if (retryAfter !== undefined && retryAfter !== '') headers['retry-after'] = retryAfter;
  const retryAfterMs = directives.get('retry_after_ms');
  if (retryAfterMs !== undefined && retryAfterMs !== '') headers['retry-after-ms'] = retryAfterMs;
  const reset = readNumberDirective(directives, 'ratelimit_reset');
  if (reset !== undefined) {
    if (format === 'openai') headers['x-ratelimit-reset-requests'] = `${reset}s`;
    else headers['anthropic-ratelimit-requests-reset'] = resetTime(now, reset);
  }
  return headers;
}
