import type { CanonicalRequest, CanonicalResponse } from '@gw/providers';
import { compileJsonSchema } from './compile-json-schema.js';
import { detectRefusal } from './detect-refusal.js';

export type VerificationFailure = 'truncated' | 'empty' | 'refusal' | 'invalid_json' | 'schema_mismatch' | 'invalid_tool_arguments';

export type VerificationResult =
  | { readonly passed: true }
  | { readonly passed: false; readonly failure: VerificationFailure; readonly reason: string };

function fail(failure: VerificationFailure, reason: string): VerificationResult {
  return { passed: false, failure, reason };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function describeErrors(errors: readonly { instancePath: string; message?: string }[] | null | undefined): string {
  const first = errors?.[0];
  return first ? `${first.instancePath || '/'} ${first.message ?? 'is invalid'}` : 'does not match';
}

/**
 * Checks that can be verified without judgement: a cut answer, an empty answer or a refusal, JSON
 * mode not honoured, a JSON schema not met, tool-call arguments that are not JSON or do not match
 * the tool's parameters. A failure here is a reason to escalate, not a guess.
 */
export function verifyResponse(response: CanonicalResponse, request: CanonicalRequest): VerificationResult {
  const choice = response.choices[0];
  if (!choice) return fail('empty', 'the answer has no choices');
  if (choice.finish_reason === 'length') return fail('truncated', 'the answer was cut at the output limit (finish_reason length)');
  if (choice.finish_reason === 'content_filter') return fail('refusal', 'the answer was stopped by a content filter');
  const message = choice.message;
  if (message.refusal) return fail('refusal', 'the model refused');
  const content = message.content ?? '';
  const toolCalls = message.tool_calls ?? [];
  if (content.trim() === '' && toolCalls.length === 0) return fail('empty', 'the answer is empty');
  if (toolCalls.length === 0 && detectRefusal(content)) return fail('refusal', 'the answer is a refusal');

  const format = request.response_format;
  if (toolCalls.length === 0 && (format?.type === 'json_object' || format?.type === 'json_schema')) {
    const parsed = parseJson(content.trim());
    if (!parsed.ok) return fail('invalid_json', `response_format ${format.type} asked for JSON; the answer is not JSON`);
    if (format.type === 'json_object' && (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))) {
      return fail('invalid_json', 'response_format json_object asked for a JSON object');
    }
    const schema = format.type === 'json_schema' ? format.json_schema.schema : undefined;
    const schemaName = format.type === 'json_schema' ? format.json_schema.name : '';
    if (schema) {
      const validate = compileJsonSchema(schema);
      if (validate && !validate(parsed.value)) {
        return fail('schema_mismatch', `the JSON does not match the schema "${schemaName}": ${describeErrors(validate.errors)}`);
      }
    }
  }

  for (const toolCall of toolCalls) {
    if (toolCall.type !== 'function') continue;
    const name = toolCall.function.name;
    const tool = request.tools?.find((candidate) => candidate.type === 'function' && candidate.function.name === name);
    if (!tool || tool.type !== 'function') return fail('invalid_tool_arguments', `the answer calls "${name}", a tool the request does not offer`);
    const parsed = parseJson(toolCall.function.arguments || '{}');
    if (!parsed.ok) return fail('invalid_tool_arguments', `the arguments of "${name}" are not JSON`);
    const parameters = tool.function.parameters;
    if (parameters) {
      const validate = compileJsonSchema(parameters);
      if (validate && !validate(parsed.value)) {
        return fail('invalid_tool_arguments', `the arguments of "${name}" do not match its parameters: ${describeErrors(validate.errors)}`);
      }
    }
  }
  return { passed: true };
}
