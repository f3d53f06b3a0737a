/** True for C0 control characters (NUL, CR, LF, ESC…) and DEL: never in a legitimate path, key or prefix. */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
