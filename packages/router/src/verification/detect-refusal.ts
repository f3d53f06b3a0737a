// Only short answers that open with a refusal: a long answer that mentions "I can't" somewhere is not one.
const refusalOpening =
  /^\s*(?:(?:i'?m|i am) sorry|sorry|i apologi[sz]e|unfortunately)\b[^.!?]{0,80}\b(?:can(?:'|no)t|can not|won'?t|unable|not able)\b|^\s*i (?:can(?:'|no)t|won'?t|am unable to|'m unable to) (?:help|assist|comply|provide|do that|answer)/i;
const maxRefusalLength = 300;

/** True when the answer is a refusal rather than an attempt. */
export function detectRefusal(content: string): boolean {
  return content.length <= maxRefusalLength && refusalOpening.test(content);
}
