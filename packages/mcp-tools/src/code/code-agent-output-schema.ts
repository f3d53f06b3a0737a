import { z } from 'zod';

const escalationSchema = z.object({ from_tier: z.number(), to_tier: z.number(), reason: z.string() });

/** Which deployment answered one routed call and what the call cost (failed and rejected attempts included). */
const routedCallSchema = z.object({
  model: z.string(),
  provider: z.string(),
  tier: z.number().nullable(),
  cost_usd: z.number(),
  escalations: z.array(escalationSchema),
});

export const codeAgentOutputSchema = z.object({
  /** The last step's answer: every step is asked to return the complete code so far. */
  code: z.string(),
  todo: z.object({
    id: z.string(),
    items: z.array(z.object({ text: z.string(), done: z.boolean() })),
  }),
  plan: routedCallSchema,
  steps: z.array(routedCallSchema.extend({ title: z.string() })),
  /** Plan call plus every step call. */
  total_cost_usd: z.number(),
  /** What the same answers would have cost on the top tier, minus what they cost; only when every call reports it. */
  saving_usd: z.number().optional(),
  warnings: z.array(z.string()),
});

export type CodeAgentOutput = z.output<typeof codeAgentOutputSchema>;
export type RoutedCallSummary = CodeAgentOutput['plan'];
export type CodeAgentStepSummary = CodeAgentOutput['steps'][number];
export type CodeAgentTodoState = CodeAgentOutput['todo'];
