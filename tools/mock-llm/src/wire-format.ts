import type { ChatAnswer } from './chat-answer.js';
import type { ChatRequest, NormalizeResult } from './chat-request.js';
import type { WireFormatName } from './fault-headers.js';
import type { JsonObject } from './json-shapes.js';
import type { ResponseContext, StreamShape } from './response-context.js';

/** Everything that differs between the OpenAI and Anthropic endpoints. */
export interface WireFormat {
  name: WireFormatName;
  idPrefix: string;
  toolCallIdPrefix: string;
  normalize(body: JsonObject, deployment: string | undefined): NormalizeResult;
  invalidRequestBody(message: string): unknown;
  statusErrorBody(status: number, model: string): unknown;
  renderJson(answer: ChatAnswer, context: ResponseContext): unknown;
  renderStreamEvents(answer: ChatAnswer, context: ResponseContext, shape: StreamShape, request: ChatRequest): string[];
  malformedEvent: string;
  errorEvent: string;
}
