/**
 * True when a database error (postgres.js or PGlite, possibly wrapped by drizzle) is a unique violation
 * (SQLSTATE 23505), optionally of one named constraint.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (candidate.code === '23505') {
      if (constraint === undefined) return true;
      return candidate.constraint === constraint || candidate.constraint_name === constraint;
    }
    current = candidate.cause;
  }
  return false;
}
