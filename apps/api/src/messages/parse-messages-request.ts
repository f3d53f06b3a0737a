import type { MessageCreateParams } from '@anthropic-ai/sdk/resources/messages';
import { InvalidRequestError } from '@gw/providers';
import { z } from 'zod';

// Only what gw needs to translate is checked; the translation names every parameter it drops.
const messagesRequestSchema = z.looseObject({
  model: z.string().min(1, 'must not be empty'),
  max_tokens: z.number().int('must be an integer').positive('must be positive'),
  messages: z.array(z.looseObject({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]) })).min(1, 'must hold at least one message'),
  system: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]).optional(),
  stream: z.boolean().optional(),
});

/** Body of `POST /v1/messages` (Anthropic Messages API); a 400 names the field to fix. */
export function parseMessagesRequest(body: unknown): MessageCreateParams {
  const result = messagesRequestSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    throw new InvalidRequestError(`Invalid messages request: "${field}" ${issue.message}. Send an Anthropic Messages body ({ "model": …, "max_tokens": …, "messages": [...] }).`, {
      parameter: field,
    });
  }
  return result.data as unknown as MessageCreateParams;
}
