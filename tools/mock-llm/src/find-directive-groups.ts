const directivePattern = /\[\[mock:(.*?)\]\]/gis;

/** The inner text of every `[[mock: …]]` group in `text`, in order. */
export function findDirectiveGroups(text: string): string[] {
  if (!text.includes('[[')) return [];
  return Array.from(text.matchAll(directivePattern), (match) => (match[1] ?? '').trim());
}

/** `text` without its `[[mock: …]]` groups. */
export function removeDirectives(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(directivePattern, '');
}
