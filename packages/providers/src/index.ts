export type {
  CanonicalRequest,
  CanonicalMessage,
  CanonicalTool,
  CanonicalResponse,
  CanonicalChunk,
  GatewayMetadata,
  TokenUsage,
  CostBreakdown,
} from './canonical-types.js';

export { GatewayError } from './gateway-error.js';
export type { GatewayErrorOptions } from './gateway-error.js';
export { ProviderError } from './errors/provider-error.js';
export type { ProviderErrorOptions } from './errors/provider-error.js';
export { UpstreamConnectionError } from './errors/upstream-connection-error.js';
export { UpstreamTimeoutError } from './errors/upstream-timeout-error.js';
export type { TimeoutPhase } from './errors/upstream-timeout-error.js';
export { RequestAbortedError } from './errors/request-aborted-error.js';
export { StreamInterruptedError } from './errors/stream-interrupted-error.js';
export type { PartialOutput, StreamInterruption } from './errors/stream-interrupted-error.js';
export { ConfigurationError } from './errors/configuration-error.js';
export { ModelNotFoundError } from './errors/model-not-found-error.js';
export { InvalidRequestError } from './errors/invalid-request-error.js';
export { isRetryableStatus } from './errors/is-retryable-status.js';

export { createProviderRegistry } from './registry/create-provider-registry.js';
export type {
  CallOptions,
  ChatStream,
  ModelFilter,
  ProviderInfo,
  ProviderRegistry,
  ProviderRegistryOptions,
  StreamResult,
} from './registry/provider-registry-types.js';

export { parseRegistryConfig } from './config/parse-registry-config.js';
export { expandEnvironmentVariables } from './config/expand-environment-variables.js';
export { registryConfigSchema, providerConfigSchema, modelConfigSchema } from './config/registry-config-schema.js';
export type { ProviderConfig, ModelConfig, RegistryConfigInput } from './config/registry-config-schema.js';

export { builtInModels } from './catalog/built-in-models.js';
export type { CatalogModel, ModelCapability, ModelPrice } from './catalog/catalog-types.js';
export { createModelCatalog } from './catalog/create-model-catalog.js';
export type { ModelCatalog, CreateModelCatalogOptions } from './catalog/create-model-catalog.js';
export { computeCost } from './catalog/compute-cost.js';
export { convertOpenAiUsage } from './catalog/convert-openai-usage.js';

export { SseParser } from './sse/sse-parser.js';
export type { ServerSentEvent } from './sse/sse-parser.js';
export { parseRetryAfterMs } from './http/parse-retry-after.js';
export { redactSecrets } from './http/redact-secrets.js';
export { readProxySettings } from './http/create-upstream-dispatcher.js';
export type { ProxySettings } from './http/create-upstream-dispatcher.js';

export { silentLogger } from './logger.js';
export type { Logger } from './logger.js';

export { convertToAnthropicRequest } from './anthropic/convert-to-anthropic-request.js';
export type { ConvertToAnthropicRequestOptions, AnthropicRequestConversion } from './anthropic/convert-to-anthropic-request.js';
export { jsonResponseToolName } from './anthropic/anthropic-json-mode.js';
export type { AnthropicJsonMode } from './anthropic/anthropic-json-mode.js';
export { convertFromAnthropicResponse } from './anthropic/convert-from-anthropic-response.js';
export type { ConvertFromAnthropicResponseOptions } from './anthropic/convert-from-anthropic-response.js';
export { createAnthropicStreamTranslator } from './anthropic/create-anthropic-stream-translator.js';
export type { AnthropicStreamTranslator, AnthropicStreamTranslatorOptions } from './anthropic/create-anthropic-stream-translator.js';
export { mapAnthropicStopReason } from './anthropic/map-anthropic-stop-reason.js';
export type { CanonicalFinishReason } from './anthropic/map-anthropic-stop-reason.js';
export { convertAnthropicUsage } from './anthropic/convert-anthropic-usage.js';
export type { AnthropicUsageCounts } from './anthropic/convert-anthropic-usage.js';
export { convertFromAnthropicRequest } from './anthropic/convert-from-anthropic-request.js';
export type { CanonicalRequestConversion } from './anthropic/convert-from-anthropic-request.js';
export { convertToAnthropicResponse } from './anthropic/convert-to-anthropic-response.js';
export type { ConvertToAnthropicResponseOptions } from './anthropic/convert-to-anthropic-response.js';
export { createAnthropicEventEncoder } from './anthropic/create-anthropic-event-encoder.js';
export type { AnthropicEventEncoder, AnthropicEventEncoderOptions } from './anthropic/create-anthropic-event-encoder.js';
export { mapFinishReasonToAnthropic } from './anthropic/map-finish-reason-to-anthropic.js';
export type { AnthropicStopReason } from './anthropic/map-finish-reason-to-anthropic.js';
export { TranslationError } from './anthropic/translation-error.js';
export type { TranslationErrorOptions } from './anthropic/translation-error.js';
export type { ReasoningContentExtension, StopSequenceExtension } from './anthropic/canonical-extensions.js';

export { loadRegistryConfigFromEnvironment } from './config/load-registry-config-from-environment.js';
export type { EnvironmentRegistryConfig, EnvironmentConfigMode } from './config/load-registry-config-from-environment.js';
export { loadRequestDefaultsFromEnvironment } from './config/load-request-defaults-from-environment.js';
export type { RequestDefaults } from './config/load-request-defaults-from-environment.js';
export { environmentProviderPresets } from './config/environment-provider-presets.js';
export type { EnvironmentProviderPreset } from './config/environment-provider-presets.js';
