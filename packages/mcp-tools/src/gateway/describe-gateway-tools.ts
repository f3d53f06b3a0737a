/** mcp-ai-gateway appended `DESCRIPTION` to the tool description; so does gw (to both gateway tools). */
export function withOperatorDescription(text: string, description: string | undefined): string {
  const extra = description?.trim();
  return extra ? `${text}\n\n${extra}` : text;
}

export function describeChatCompletion(defaultModel: string | undefined, routed: boolean): string {
  const modelLine = routed
    ? 'model: a model id from list_models, "<provider>/<model>", or "auto" to let gw pick the cheapest model that fits the task.'
    : `model: a model id from list_models or "<provider>/<model>"${defaultModel ? `; default ${defaultModel}` : ''}.`;
  return [
    'Send a chat completion to an LLM through gw (OpenAI Chat Completions arguments: messages, temperature, max_tokens, top_p, stop, response_format, tools, …).',
    modelLine,
    'User messages may include images (image_url parts with https or data URLs). The result text is the model\'s answer; structured content gives the model, provider, finish reason, token usage, cost in USD and any tool calls.',
    'stream: true sends the answer piece by piece as progress notifications when the client asks for progress.',
  ].join(' ');
}
