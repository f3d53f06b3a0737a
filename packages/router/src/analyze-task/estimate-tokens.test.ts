import type { ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { estimateRequestSchemaTokens, estimateTokens, MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS } from './estimate-tokens.js';

describe('estimateTokens', () => {
  it('counts four ASCII characters a token plus framing', () => {
    expect(estimateTokens({ textChars: 4_000, nonAsciiShare: 0, messageCount: 1, attachmentTokens: 0 }, 0)).toBe(
      1_000 + MESSAGE_OVERHEAD_TOKENS + REPLY_PRIMING_TOKENS,
    );
  });

  it('counts text in other scripts as denser', () => {
    const ascii = estimateTokens({ textChars: 1_000, nonAsciiShare: 0, messageCount: 0, attachmentTokens: 0 }, 0);
    const chinese = estimateTokens({ textChars: 1_000, nonAsciiShare: 1, messageCount: 0, attachmentTokens: 0 }, 0);
    expect(ascii).toBe(250);
    expect(chinese).toBe(750);
  });

  it('adds attachments and schemas, and is zero for nothing', () => {
    expect(estimateTokens({ textChars: 0, nonAsciiShare: 0, messageCount: 0, attachmentTokens: 0 }, 0)).toBe(0);
    expect(estimateTokens({ textChars: 0, nonAsciiShare: 0, messageCount: 0, attachmentTokens: 765 }, 10.5)).toBe(776);
  });
});

describe('estimateRequestSchemaTokens', () => {
  const tool: ChatCompletionTool = {
    type: 'function',
    function: { name: 'lookup', description: 'Look something up', parameters: { type: 'object', properties: {} } },
  };

  it('counts serialised tools and JSON schemas', () => {
    expect(estimateRequestSchemaTokens(undefined)).toBe(0);
    expect(estimateRequestSchemaTokens({ tools: [tool] })).toBeCloseTo(JSON.stringify(tool).length / 4);
    const schema = { name: 'answer', schema: { type: 'object', properties: { value: { type: 'number' } } } };
    expect(estimateRequestSchemaTokens({ response_format: { type: 'json_schema', json_schema: schema } })).toBeCloseTo(
      JSON.stringify(schema).length / 4,
    );
  });

  it('does not throw on a tool that cannot be serialised', () => {
    const broken = { type: 'function', function: { name: 'x', parameters: { big: 1n } } } as unknown as ChatCompletionTool;
    expect(estimateRequestSchemaTokens({ tools: [broken] })).toBe(100);
  });
});
