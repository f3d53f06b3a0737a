import { z } from 'zod';

/** Arguments of `code_agent`; the body of `POST /v1/code-agent` has the same shape. */
export const codeAgentInputSchema = z.object({
  task: z.string().trim().min(1, 'task must not be empty').max(20_000).describe('What to build or change, in plain words.'),
  context: z
    .object({
      language: z.string().max(100).optional().describe('Programming language, e.g. "TypeScript".'),
      framework: z.string().max(100).optional().describe('Framework or runtime, e.g. "Express" or "React".'),
      existingCode: z.string().max(200_000).optional().describe('Code the task builds on.'),
      requirements: z.array(z.string().max(2_000)).max(50).optional().describe('Constraints the answer must meet.'),
    })
    .optional(),
  quality: z
    .enum(['normal', 'high', 'critical'])
    .default('normal')
    .describe('normal: cheapest model that passes the checks; high: starts a tier up; critical: starts at the top tier.'),
  files: z
    .array(z.string().min(1).max(1_000))
    .max(20)
    .optional()
    .describe('Workspace-relative paths whose contents the agent should see (needs a configured workspace).'),
  conversation_id: z.string().min(1).max(200).optional().describe('Links the TODO list to this conversation.'),
  max_steps: z.number().int().min(1).max(8).default(4).describe('Most plan steps (1–8, default 4); each step is one routed model call.'),
});

/** What callers send (defaults optional). */
export type CodeAgentInput = z.input<typeof codeAgentInputSchema>;
