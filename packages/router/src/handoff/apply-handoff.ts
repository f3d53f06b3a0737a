import type { CanonicalMessage, CanonicalRequest } from '@gw/providers';

/**
 * The request with the handoff added as a system message right after the leading system messages:
 * early in the conversation, where every upstream format accepts a system message.
 */
export function applyHandoff(request: CanonicalRequest, handoffText: string): CanonicalRequest {
  const messages = request.messages;
  let insertAt = 0;
  while (insertAt < messages.length && (messages[insertAt]!.role === 'system' || messages[insertAt]!.role === 'developer')) insertAt++;
  const handoff: CanonicalMessage = { role: 'system', content: handoffText };
  return { ...request, messages: [...messages.slice(0, insertAt), handoff, ...messages.slice(insertAt)] };
}
