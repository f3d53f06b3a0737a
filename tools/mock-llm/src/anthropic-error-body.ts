interface AnthropicErrorKind {
  type: string;
  message: string;
}

function errorKind(status: number, model: string): AnthropicErrorKind {
  switch (status) {
    case 400:
      return { type: 'invalid_request_error', message: 'Invalid request (mock fault).' };
    case 401:
      return { type: 'authentication_error', message: 'invalid x-api-key (mock fault)' };
    case 403:
      return { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource (mock fault).' };
    case 404:
      return { type: 'not_found_error', message: `model: ${model} (mock fault)` };
    case 413:
      return { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes (mock fault).' };
    case 429:
      return { type: 'rate_limit_error', message: 'This request would exceed the rate limit for your organization (mock fault).' };
    case 529:
      return { type: 'overloaded_error', message: 'Overloaded' };
    default:
      return status >= 500
        ? { type: 'api_error', message: 'Internal server error (mock fault).' }
        : { type: 'invalid_request_error', message: `Request failed with status ${status} (mock fault).` };
  }
}

/** `{type:'error', error:{type, message}}` as the Anthropic API answers a failed request. */
export function anthropicErrorBody(status: number, model: string) {
  return { type: 'error', error: errorKind(status, model) };
}

/** The 400 answer to a body that is not valid JSON or misses a required field. */
export function anthropicInvalidRequestBody(message: string) {
  return { type: 'error', error: { type: 'invalid_request_error', message } };
}
