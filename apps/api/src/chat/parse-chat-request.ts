import { InvalidRequestError, type CanonicalRequest } from '@gw/providers';
import { z } from 'zod';

// Only what gw itself reads is checked here; every other parameter goes upstream as the client sent it.
const chatRequestSchema = z.looseObject({
  model: z.string().min(1, 'must not be empty').optional(),
  messages: z.array(z.looseObject({ role: z.string() })).min(1, 'must hold at least one message'),
  stream: z.boolean().nullable().optional(),
});

/** Body of `POST /v1/chat/completions`; a 400 names the field to fix. */
export function parseChatRequest(body: unknown): CanonicalRequest {
  const result = chatRequestSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    throw new InvalidRequestError(`Invalid chat request: "${field}" ${issue.message}. Send an OpenAI Chat Completions body ({ "model": …, "messages": [...] }).`, {
      parameter: field,
    });
  }
  return result.data as unknown as CanonicalRequest;
}
