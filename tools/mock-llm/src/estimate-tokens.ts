/** The mock's tokenizer: one token per four characters, rounded up. */
export function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}

/**
 * Characters the tool definitions add to the prompt, counted the same way for both wire formats (name and
 * argument schema only), so one request costs the same prompt tokens whichever format carried it.
 */
export function countToolCharacters(tools: readonly { name: string; schema: unknown }[]): number {
  let characters = 0;
  for (const tool of tools) characters += tool.name.length + JSON.stringify(tool.schema ?? {}).length;
  return characters;
}
