import { describe, expect, it } from 'vitest';
import { GatewayError } from '../gateway-error.js';
import { TranslationError } from './translation-error.js';

describe('TranslationError', () => {
  it('is a 400 invalid_request GatewayError by default', () => {
    const error = new TranslationError('messages[1].content[0]: input_audio parts are not supported by Anthropic');
    expect(error).toBeInstanceOf(GatewayError);
    expect(GatewayError.isInstance(error)).toBe(true);
    expect(error.toJSON()).toEqual({
      name: 'TranslationError',
      code: 'invalid_request',
      message: 'messages[1].content[0]: input_audio parts are not supported by Anthropic',
      status: 400,
      retryable: false,
    });
  });

  it('carries another code and status for answers an upstream got wrong', () => {
    const cause = new SyntaxError('Unexpected end of JSON input');
    const error = new TranslationError('bad tool arguments from upstream', {
      code: 'invalid_upstream_response',
      status: 502,
      retryable: true,
      cause,
    });
    expect(error.toJSON()).toEqual({
      name: 'TranslationError',
      code: 'invalid_upstream_response',
      message: 'bad tool arguments from upstream',
      status: 502,
      retryable: true,
    });
    expect(error.cause).toBe(cause);
  });
});
