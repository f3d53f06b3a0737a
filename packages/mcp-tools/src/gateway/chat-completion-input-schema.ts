import { z } from 'zod';

// A JSON Schema given by the caller; `additionalProperties: true` spelled out for strict schema checkers.
const freeFormObject = z.record(z.string(), z.unknown()).meta({ additionalProperties: true });

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const imagePart = z.object({
  type: z.literal('image_url'),
  image_url: z.object({
    url: z.string().min(1).describe('An https URL or a data URL (data:image/png;base64,…)'),
    detail: z.enum(['auto', 'low', 'high']).optional(),
  }),
});
const textContent = z.union([z.string(), z.array(textPart).min(1)]);
const userContent = z.union([z.string(), z.array(z.discriminatedUnion('type', [textPart, imagePart])).min(1)]);

const toolCall = z.object({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1), arguments: z.string().describe('JSON text') }),
});

const message = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system'), content: textContent, name: z.string().optional() }),
  z.object({ role: z.literal('developer'), content: textContent, name: z.string().optional() }),
  z.object({ role: z.literal('user'), content: userContent, name: z.string().optional() }),
  z.object({
    role: z.literal('assistant'),
    content: z.union([textContent, z.null()]).optional(),
    tool_calls: z.array(toolCall).optional(),
    name: z.string().optional(),
  }),
  z.object({ role: z.literal('tool'), content: textContent, tool_call_id: z.string().min(1) }),
]);

const functionTool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'letters, digits, "_" and "-", at most 64'),
    description: z.string().optional(),
    parameters: freeFormObject.optional().describe('JSON Schema of the arguments'),
    strict: z.boolean().optional(),
  }),
});

const responseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string().min(1),
      description: z.string().optional(),
      schema: freeFormObject.optional().describe('JSON Schema the answer must match'),
      strict: z.boolean().optional(),
    }),
  }),
]);

/** mcp-ai-gateway's `chat_completion` arguments, unchanged, plus image parts, tools and `response_format`. */
export const chatCompletionInputSchema = z.object({
  model: z
    .string()
    .min(1)
    .optional()
    .describe('A model id from list_models, "<provider>/<model>", or "auto" (let gw choose). Default: the configured default model.'),
  messages: z
    .array(message)
    .min(1, 'messages must hold at least one message')
    .describe('The conversation: {role, content}; user content may mix text and image_url parts'),
  temperature: z.number().min(0).max(2).optional().describe('Randomness, 0–2'),
  max_tokens: z.number().int().min(1).optional().describe('Upper bound on the answer length in tokens'),
  stream: z.boolean().optional().describe('Stream the answer as progress notifications (when the client asked for progress); the result still holds the whole answer'),
  top_p: z.number().min(0).max(1).optional().describe('Nucleus sampling, 0–1'),
  frequency_penalty: z.number().min(-2).max(2).optional(),
  presence_penalty: z.number().min(-2).max(2).optional(),
  stop: z.union([z.string(), z.array(z.string()).min(1).max(4)]).optional().describe('Up to 4 sequences where the answer stops'),
  response_format: responseFormat.optional().describe('{"type":"json_object"} or {"type":"json_schema","json_schema":{name,schema}} for JSON answers'),
  tools: z.array(functionTool).min(1).max(128).optional().describe('Functions the model may call; calls come back in structuredContent.tool_calls'),
  tool_choice: z
    .union([z.enum(['none', 'auto', 'required']), z.object({ type: z.literal('function'), function: z.object({ name: z.string().min(1) }) })])
    .optional(),
});

export type ChatCompletionInput = z.output<typeof chatCompletionInputSchema>;
