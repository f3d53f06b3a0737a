const credentialsInUrl = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):[^@/\s]*@/gi;

/** Replaces the password of every `scheme://user:password@host` in a text with `***`. */
export function redactConnectionStrings(text: string): string {
  return text.replace(credentialsInUrl, '$1:***@');
}
