import { z } from 'zod';

/** The structured verdict a reviewer, arbiter or judge must return; anything else counts as `uncertain`. */
export const reviewVerdictSchema = z.object({
  verdict: z.enum(['pass', 'fail', 'uncertain']),
  issues: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});

export type ReviewVerdict = z.infer<typeof reviewVerdictSchema>;
export type ReviewVerdictValue = ReviewVerdict['verdict'];
