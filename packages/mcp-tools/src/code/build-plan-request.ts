import type { CanonicalRequest } from '@gw/providers';

/** The JSON schema the plan must match; the router checks it and escalates an answer that does not. */
export function planJsonSchema(maxSteps: number): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      steps: {
        type: 'array',
        minItems: 1,
        maxItems: maxSteps,
        items: {
          type: 'object',
          properties: { title: { type: 'string' }, detail: { type: 'string' } },
          required: ['title', 'detail'],
          additionalProperties: false,
        },
      },
    },
    required: ['steps'],
    additionalProperties: false,
  };
}

export function buildPlanRequest(brief: string, maxSteps: number): CanonicalRequest {
  return {
    model: 'auto',
    messages: [
      {
        role: 'system',
        content:
          `You plan coding work for an agent that carries out one step per model call. Split the task into at most ${maxSteps} ` +
          'short, ordered steps (fewer is better; one is fine for a small task). Each step has a short imperative title and a ' +
          'detail saying what to produce. Answer with JSON only.',
      },
      { role: 'user', content: brief },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'code_plan', schema: planJsonSchema(maxSteps), strict: true } },
  };
}
