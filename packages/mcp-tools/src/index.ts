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
export { parseToolsetNames } from './register-toolsets.js';

export { createCodeToolset } from './code/create-code-toolset.js';
export type { CodeToolsetOptions } from './code/code-toolset-options.js';
export { runCodeAgent } from './code/run-code-agent.js';
export { CodeAgentError } from './code/code-agent-error.js';
export type { CodeAgentErrorOptions, CodeAgentStage } from './code/code-agent-error.js';
export { codeAgentInputSchema } from './code/code-agent-input-schema.js';
export type { CodeAgentInput } from './code/code-agent-input-schema.js';
export { codeAgentOutputSchema } from './code/code-agent-output-schema.js';
export type { CodeAgentOutput, CodeAgentStepSummary, CodeAgentTodoState, RoutedCallSummary } from './code/code-agent-output-schema.js';
export { defaultCodeAgentLimits } from './code/code-agent-dependencies.js';
export type { CodeAgentDependencies, CodeAgentLimits, CodeAgentProgress, ReadWorkspaceFile } from './code/code-agent-dependencies.js';
export { buildCodeAgentErrorResult } from './code/build-code-agent-error-result.js';

export { createWorkspaceToolset } from './workspace/create-workspace-toolset.js';
export type { WorkspaceToolsetOptions } from './workspace/workspace-toolset-options.js';
export { readWorkspaceToolsetConfig } from './workspace/read-workspace-toolset-config.js';
export type { WorkspaceToolsetConfig } from './workspace/read-workspace-toolset-config.js';
export { createWorkspaceFileReader } from './workspace/create-workspace-file-reader.js';

export { createStoreToolset } from './store/create-store-toolset.js';
export type { StoreToolsetOptions, ClientSource } from './store/store-toolset-options.js';
export { readStoreToolsetConfig } from './store/read-store-toolset-config.js';
export type { StoreToolsetConfig } from './store/read-store-toolset-config.js';
export { createStoreClients } from './store/create-store-clients.js';
export type { StoreClients } from './store/create-store-clients.js';
export { setupQueryRole } from './store/setup-query-role.js';
export type { SetupQueryRoleOptions } from './store/setup-query-role.js';
