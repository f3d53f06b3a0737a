export interface Base64DataUrl {
  /** Lower-cased, without parameters (`image/png`). */
  mediaType: string;
  data: string;
}

const base64DataUrlPattern = /^data:([^;,]*)((?:;[^;,]*)*);base64,/i;

/** The media type and base64 payload of a `data:` URL, or undefined when it is not a base64 data URL. */
export function parseBase64DataUrl(url: string): Base64DataUrl | undefined {
  const match = base64DataUrlPattern.exec(url);
  if (match === null) return undefined;
  return { mediaType: (match[1] ?? '').trim().toLowerCase(), data: url.slice(match[0].length) };
}

export function formatBase64DataUrl(mediaType: string, data: string): string {
  return `data:${mediaType};base64,${data}`;
}
