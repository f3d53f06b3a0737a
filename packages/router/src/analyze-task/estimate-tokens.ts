import type { AnalyzeTaskOptions } from './task-analysis.js';

/** Role markers and separators the chat format adds around every message, and the reply's priming. */
export const MESSAGE_OVERHEAD_TOKENS = 4;
export const REPLY_PRIMING_TOKENS = 3;
/** English and code run about four characters a token in current tokenizers. */
export const ASCII_CHARS_PER_TOKEN = 4;
/**
 * Text outside ASCII is far denser: a CJK character is about one token, Cyrillic or Greek two to
 * three characters a token. Erring high is the safe side for a context-window check.
 */
export const NON_ASCII_TOKENS_PER_CHAR = 0.75;
/** When a tool definition cannot be serialised (a client bug), count it as a typical small tool. */
const UNSERIALISABLE_TOOL_TOKENS = 100;

export interface TokenEstimateInput {
  readonly textChars: number;
  /** Share of non-ASCII characters in the text that was scanned, applied to all of it. */
  readonly nonAsciiShare: number;
  readonly messageCount: number;
  readonly attachmentTokens: number;
}

function serialisedLength(value: unknown): number | undefined {
  try {
    const json = JSON.stringify(value);
    return typeof json === 'string' ? json.length : 0;
  } catch {
    return undefined;
  }
}

/** Tokens that tool definitions and a JSON schema add to the prompt (providers inline both). */
export function estimateRequestSchemaTokens(options: AnalyzeTaskOptions | undefined): number {
  let tokens = 0;
  const tools = options?.tools;
  if (Array.isArray(tools)) {
    for (const tool of tools) {
      const length = serialisedLength(tool);
      tokens += length === undefined ? UNSERIALISABLE_TOOL_TOKENS : length / ASCII_CHARS_PER_TOKEN;
    }
  }
  const responseFormat: unknown = options?.response_format;
  if (typeof responseFormat === 'object' && responseFormat !== null && 'json_schema' in responseFormat) {
    tokens += (serialisedLength(responseFormat.json_schema) ?? 0) / ASCII_CHARS_PER_TOKEN;
  }
  return tokens;
}

/**
 * A tokenizer-free estimate of input tokens: characters / 4 for ASCII text, denser for other
 * scripts, plus per-message overhead, attachments and schemas. Exact to within the spread of real
 * tokenizers (about ±20% on prose), at the cost of reading string lengths.
 */
export function estimateTokens(input: TokenEstimateInput, schemaTokens: number): number {
  const share = Math.min(1, Math.max(0, input.nonAsciiShare));
  const textTokens = input.textChars * ((1 - share) / ASCII_CHARS_PER_TOKEN + share * NON_ASCII_TOKENS_PER_CHAR);
  const framingTokens = input.messageCount > 0 ? input.messageCount * MESSAGE_OVERHEAD_TOKENS + REPLY_PRIMING_TOKENS : 0;
  return Math.ceil(textTokens + framingTokens + input.attachmentTokens + schemaTokens);
}
