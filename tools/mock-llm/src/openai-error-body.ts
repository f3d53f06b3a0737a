interface OpenAiErrorKind {
  type: string;
  code: string | null;
  message: string;
}

function errorKind(status: number, model: string): OpenAiErrorKind {
  switch (status) {
    case 400:
      return { type: 'invalid_request_error', code: null, message: 'Invalid request (mock fault).' };
    case 401:
      return { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided (mock fault).' };
    case 403:
      return { type: 'permission_error', code: 'permission_denied', message: 'You are not allowed to use this model (mock fault).' };
    case 404:
      return { type: 'invalid_request_error', code: 'model_not_found', message: `The model \`${model}\` does not exist or you do not have access to it (mock fault).` };
    case 408:
      return { type: 'timeout', code: 'request_timeout', message: 'Request timed out (mock fault).' };
    case 413:
      return { type: 'invalid_request_error', code: 'request_too_large', message: 'Request too large (mock fault).' };
    case 429:
      return { type: 'rate_limit_exceeded', code: 'rate_limit_exceeded', message: `Rate limit reached for ${model} on requests per min (mock fault). Please try again later.` };
    case 503:
      return { type: 'server_error', code: 'service_unavailable', message: 'The server is overloaded or not ready yet (mock fault).' };
    default:
      return status >= 500
        ? { type: 'server_error', code: null, message: 'The server had an error while processing your request (mock fault).' }
        : { type: 'invalid_request_error', code: null, message: `Request failed with status ${status} (mock fault).` };
  }
}

/** `{error:{message, type, param, code}}` as the OpenAI API answers a failed request. */
export function openAiErrorBody(status: number, model: string) {
  const { type, code, message } = errorKind(status, model);
  return { error: { message, type, param: null, code } };
}

/** The 400 answer to a body that is not valid JSON or misses a required field. */
export function openAiInvalidRequestBody(message: string) {
  return { error: { message, type: 'invalid_request_error', param: null, code: null } };
}
