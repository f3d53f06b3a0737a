/**
 * Set when `response_format` was turned into a forced tool: the answer's input for this tool is the JSON
 * the caller asked for, and goes back as message content with finish reason `stop`.
 */
export interface AnthropicJsonMode {
  toolName: string;
}

/** Prefixed so it cannot clash with a tool the caller defines themselves. */
export const jsonResponseToolName = 'gw_json_response';
