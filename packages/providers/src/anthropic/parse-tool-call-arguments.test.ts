import { describe, expect, it } from 'vitest';
import { parseToolCallArguments } from './parse-tool-call-arguments.js';
import { TranslationError } from './translation-error.js';

describe('parseToolCallArguments', () => {
  it('parses a JSON object', () => {
    expect(parseToolCallArguments('{"city":"Paris","days":[1,2]}', 'call')).toEqual({ city: 'Paris', days: [1, 2] });
  });

  it('reads empty arguments as an empty object', () => {
    expect(parseToolCallArguments('  ', 'call')).toEqual({});
  });

  it('names the call when the JSON is invalid', () => {
    const attempt = () => parseToolCallArguments('{"city": "Par', 'messages[2].tool_calls[1] (call_9, get_weather)');
    expect(attempt).toThrow(TranslationError);
    expect(attempt).toThrow(/^messages\[2\]\.tool_calls\[1\] \(call_9, get_weather\): arguments are not valid JSON/);
  });

  it('rejects JSON that is not an object', () => {
    expect(() => parseToolCallArguments('[1,2]', 'messages[1].tool_calls[0] (call_1, sum)')).toThrow(
      'messages[1].tool_calls[0] (call_1, sum): arguments must be a JSON object, Anthropic tool input is always an object',
    );
  });
});

describe('parseToolCallArguments with upstream error options', () => {
  it('raises the error with the code and status it is given', () => {
    let caught: unknown;
    try {
      parseToolCallArguments('{oops', 'choices[0].message.tool_calls[0] (call_1, lookup)', {
        code: 'invalid_upstream_response',
        status: 502,
        retryable: true,
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TranslationError);
    expect((caught as TranslationError).toJSON()).toMatchObject({ code: 'invalid_upstream_response', status: 502, retryable: true });
  });
});
