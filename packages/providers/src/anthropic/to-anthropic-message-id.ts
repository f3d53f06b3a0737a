/**
 * An Anthropic-style message id (`msg_…`) for a canonical id. Ids that came from Anthropic through
 * convertFromAnthropicResponse (`chatcmpl-msg_…`) get their original back.
 */
export function toAnthropicMessageId(canonicalId: string): string {
  const withoutPrefix = canonicalId.startsWith('chatcmpl-') ? canonicalId.slice('chatcmpl-'.length) : canonicalId;
  return withoutPrefix.startsWith('msg_') ? withoutPrefix : `msg_${withoutPrefix}`;
}
