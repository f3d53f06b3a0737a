/** Keeps the head of a long text and says how much was cut, so a prompt stays compact. */
export function truncateText(text: string, maxCharacters: number): string {
  if (text.length <= maxCharacters) return text;
  return `${text.slice(0, maxCharacters)}… [${text.length - maxCharacters} more characters]`;
}
