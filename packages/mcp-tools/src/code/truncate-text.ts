/** Keeps the first `maxChars` characters and says how much was cut, so the model knows the text is partial. */
export function truncateText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  return { text: `${text.slice(0, maxChars)}\n[… ${text.length - maxChars} more characters cut]`, truncated: true };
}
