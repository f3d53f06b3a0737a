import { TranslationError, type TranslationErrorOptions } from './translation-error.js';

/**
 * The JSON text of an OpenAI tool call's arguments as the object Anthropic wants in `tool_use.input`.
 * `callDescription` names the call in the error (`messages[3].tool_calls[0] (call_1, get_weather)`);
 * `errorOptions` changes the error's code and status when the arguments came from an upstream, not the caller.
 */
export function parseToolCallArguments(
  argumentsText: string,
  callDescription: string,
  errorOptions: Omit<TranslationErrorOptions, 'cause'> = {},
): Record<string, unknown> {
  // Models and SDKs send an empty string for a call without arguments.
  if (argumentsText.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(argumentsText);
  } catch (error) {
    throw new TranslationError(
      `${callDescription}: arguments are not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      { ...errorOptions, cause: error },
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TranslationError(`${callDescription}: arguments must be a JSON object, Anthropic tool input is always an object`, errorOptions);
  }
  return parsed as Record<string, unknown>;
}
