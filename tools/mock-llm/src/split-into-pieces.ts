/** Word by word, each word keeping the whitespace that follows it. */
export function splitIntoWords(text: string): string[] {
  if (text === '') return [];
  return text.match(/\s*\S+\s*/g) ?? [text];
}

/** `count` nearly equal pieces (fewer when the text is shorter than `count`). */
export function splitIntoEqualPieces(text: string, count: number): string[] {
  if (text === '') return [];
  const pieceCount = Math.max(1, Math.min(Math.floor(count), text.length));
  const pieces: string[] = [];
  for (let index = 0; index < pieceCount; index += 1) {
    const start = Math.floor((index * text.length) / pieceCount);
    const end = Math.floor(((index + 1) * text.length) / pieceCount);
    pieces.push(text.slice(start, end));
  }
  return pieces;
}

/** Pieces of at most `size` characters, as a model streams JSON arguments. */
export function splitIntoFixedPieces(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}
