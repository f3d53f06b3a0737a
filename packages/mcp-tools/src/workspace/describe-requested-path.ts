/** The caller's own path, quoted and cut, for error messages (never a resolved path: that could leak the layout). */
export function describeRequestedPath(requested: string): string {
  const shown = requested.length > 160 ? `${requested.slice(0, 160)}…` : requested;
  return JSON.stringify(shown);
}
