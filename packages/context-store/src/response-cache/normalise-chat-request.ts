import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';

// Fields that change how a request is delivered or billed, not what the model answers.
const deliveryOnlyFields = new Set(['stream', 'stream_options', 'user', 'metadata', 'store', 'service_tier', 'prompt_cache_key', 'safety_identifier']);

/**
 * The request reduced to what determines the answer (model, messages, every sampling parameter, tools,
 * `response_format`, …) in a canonical JSON form: keys sorted, absent and null values dropped, `stop` as a list.
 */
export function normaliseChatRequest(request: ChatCompletionCreateParams): string {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request)) {
    if (deliveryOnlyFields.has(name) || value === undefined || value === null) continue;
    fields[name] = name === 'stop' && typeof value === 'string' ? [value] : value;
  }
  return canonicalJson(fields);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
