import type { Message, Usage } from '@anthropic-ai/sdk/resources/messages';

/** A complete Anthropic usage object with the given counts (the rest as the API sends it). */
export function anthropicUsage(counts: Partial<Pick<Usage, 'input_tokens' | 'output_tokens' | 'cache_read_input_tokens' | 'cache_creation_input_tokens'>>): Usage {
  return {
    input_tokens: 0,
    output_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: counts.cache_creation_input_tokens ?? 0, ephemeral_1h_input_tokens: 0 },
    inference_geo: 'not_available',
    server_tool_use: null,
    service_tier: 'standard',
    ...counts,
  };
}

/** An Anthropic Message as the API returns it, with the given content and stop. */
export function anthropicMessage(overrides: Partial<Message> & Pick<Message, 'content'>): Message {
  return {
    id: 'msg_01Aq9w938a90dw8q',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-5-20250929',
    stop_reason: 'end_turn',
    stop_sequence: null,
    stop_details: null,
    container: null,
    usage: anthropicUsage({ input_tokens: 10, output_tokens: 5 }),
    ...overrides,
  };
}
