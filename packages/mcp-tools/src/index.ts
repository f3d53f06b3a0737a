export { registerToolsets, toolsetNames } from './register-toolsets.js';
export type { RegisterToolsetsOptions, ToolsetName } from './register-toolsets.js';
export { defineTool, registerTool } from './tool-definition.js';
export type { ToolDefinition, ToolExtra } from './tool-definition.js';
export { rejectUnknownTools } from './reject-unknown-tools.js';

export { createGatewayToolset } from './gateway/create-gateway-toolset.js';
export type { GatewayRouter, GatewayToolsetOptions, RegistrySource } from './gateway/gateway-toolset-options.js';
export { chatCompletionInputSchema } from './gateway/chat-completion-input-schema.js';
export type { ChatCompletionInput } from './gateway/chat-completion-input-schema.js';
export { chatCompletionOutputSchema } from './gateway/chat-completion-output-schema.js';
export type { ChatCompletionOutput } from './gateway/chat-completion-output-schema.js';
export { listModelsInputSchema, listModelsOutputSchema } from './gateway/list-models-schemas.js';
export type { ListModelsInput, ListModelsOutput } from './gateway/list-models-schemas.js';
export { buildErrorResult } from './gateway/build-error-result.js';
