import { describe, expect, it } from 'vitest';
import { detectCapabilities, offersTools, requestsJson, type CapabilityContext } from './detect-capabilities.js';
import { NO_EVIDENCE } from './no-evidence.test-helper.js';


const CONTEXT: CapabilityContext = {
  taskType: 'question_answering',
  difficulty: 0.2,
  imageCount: 0,
  hasToolActivity: false,
  estimatedTokens: 100,
  longContextThreshold: 32_000,
  options: undefined,
};

describe('detectCapabilities', () => {
  it('derives each capability from its own evidence', () => {
    expect(detectCapabilities(NO_EVIDENCE, CONTEXT)).toEqual([]);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, imageCount: 1 })).toEqual(['vision']);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, hasToolActivity: true })).toEqual(['tools']);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, estimatedTokens: 32_001 })).toEqual(['long_context']);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, estimatedTokens: 32_000 })).toEqual([]);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, taskType: 'code' })).toEqual(['code']);
    expect(detectCapabilities({ ...NO_EVIDENCE, code: 3 }, { ...CONTEXT, taskType: 'summarization' })).toEqual(['code']);
    expect(detectCapabilities({ ...NO_EVIDENCE, proofOrSteps: 1 }, CONTEXT)).toEqual(['reasoning']);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, taskType: 'math', difficulty: 0.7 })).toEqual(['reasoning']);
    expect(detectCapabilities(NO_EVIDENCE, { ...CONTEXT, taskType: 'math', difficulty: 0.3 })).toEqual([]);
  });
});

describe('requestsJson and offersTools', () => {
  it('read the request options', () => {
    expect(requestsJson({ response_format: { type: 'json_object' } })).toBe(true);
    expect(requestsJson({ response_format: { type: 'text' } })).toBe(false);
    expect(requestsJson(undefined)).toBe(false);
    expect(offersTools({ tools: [{ type: 'function', function: { name: 'x' } }] })).toBe(true);
    expect(offersTools({ tools: [] })).toBe(false);
    expect(offersTools({ tools: null })).toBe(false);
  });
});
