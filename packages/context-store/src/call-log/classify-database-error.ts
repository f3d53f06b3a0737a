/**
 * Data errors (SQLSTATE class 22 or 23) mean the rows are at fault and retrying cannot help; anything else (connection
 * refused, server shutting down, timeouts) is treated as the database being unavailable.
 */
export function isDataError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
