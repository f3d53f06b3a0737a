import { ConfigurationError } from '../errors/configuration-error.js';
import { environmentProviderPresets } from './environment-provider-presets.js';
import { readEnvironmentText, readEnvironmentUrl, type Environment } from './read-environment-variable.js';
import type { ProviderConfig } from './registry-config-schema.js';

const singleProviderVariables = ['API_FORMAT', 'API_KEY', 'API_ENDPOINT'] as const;

/** True when the environment uses mcp-ai-gateway's single-provider variables. */
export function usesSingleProviderVariables(environment: Environment): boolean {
  return singleProviderVariables.some((name) => readEnvironmentText(environment, name) !== undefined);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || hostname === '[::1]' || hostname.startsWith('127.');
}

/**
 * The base URL the adapters expect. mcp-ai-gateway users wrote full endpoints
 * (`…/v1/chat/completions`, `…/v1/messages`) or bases; both work here.
 */
function normalizeEndpoint(url: URL, format: ProviderConfig['format']): string {
  let path = url.pathname.replace(/\/+$/, '');
  if (format === 'openai') path = path.replace(/\/chat\/completions$/, '');
  else path = path.replace(/\/messages$/, '').replace(/\/v1$/, '');
  return `${url.protocol}//${url.host}${path}${url.search}`;
}

/**
 * mcp-ai-gateway's mode: one upstream from `API_FORMAT`, `API_KEY`, `API_ENDPOINT` (+ `OPENAI_ORGANIZATION`,
 * `ANTHROPIC_VERSION`). The provider id is the well-known one when the endpoint is a known public API
 * (so the built-in catalog attaches), otherwise the format's name.
 */
export function singleProviderConfigFromEnvironment(environment: Environment): ProviderConfig {
  const formatText = readEnvironmentText(environment, 'API_FORMAT')?.toLowerCase() ?? 'openai';
  if (formatText !== 'openai' && formatText !== 'anthropic') {
    throw new ConfigurationError('API_FORMAT', `must be "openai" or "anthropic" (got "${formatText.slice(0, 40)}")`);
  }
  const format: ProviderConfig['format'] = formatText;
  const endpoint = readEnvironmentUrl(environment, 'API_ENDPOINT');
  const preset = environmentProviderPresets.find(
    (candidate) => candidate.format === format && (endpoint ? candidate.hostname === endpoint.hostname : candidate.id === format),
  );
  const id = preset?.id ?? format;
  const baseURL = endpoint ? normalizeEndpoint(endpoint, format) : (preset?.baseURL ?? environmentProviderPresets.find((candidate) => candidate.id === format)!.baseURL);
  const apiKey = readEnvironmentText(environment, 'API_KEY');
  const local = endpoint !== undefined && isLoopback(endpoint.hostname);
  // A key-less local OpenAI-format server is fine; every hosted API and every Anthropic-format upstream needs one.
  if (!apiKey && !(local && format === 'openai')) {
    throw new ConfigurationError('API_KEY', `is not set; API_FORMAT=${format} needs the upstream's API key`);
  }
  const config: ProviderConfig = { id, format, baseURL };
  if (apiKey) config.apiKey = apiKey;
  if (format === 'openai') {
    const kind = preset?.kind ?? (endpoint && !preset ? 'compatible' : undefined);
    if (kind) config.kind = kind;
    const organization = readEnvironmentText(environment, 'OPENAI_ORGANIZATION');
    if (organization) config.organization = organization;
  } else {
    const anthropicVersion = readEnvironmentText(environment, 'ANTHROPIC_VERSION');
    if (anthropicVersion) config.anthropicVersion = anthropicVersion;
  }
  return config;
}
