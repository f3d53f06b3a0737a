/**
 * PostgreSQL identifier quoting, the same rule as the driver's (`"` doubled, the whole name in quotes). Only
 * ever applied to names already checked against information_schema or the operator's allow-list.
 */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
