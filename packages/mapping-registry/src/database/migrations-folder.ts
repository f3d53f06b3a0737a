import { fileURLToPath } from 'node:url';

/** `drizzle/` sits two levels above both `src/database/` and `dist/database/`, and ships in the package. */
export function migrationsFolder(): string {
  return fileURLToPath(new URL('../../drizzle', import.meta.url));
}
