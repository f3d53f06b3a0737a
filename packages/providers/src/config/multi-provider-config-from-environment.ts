import { environmentProviderPresets, ossModelDefaultEndpoint } from './environment-provider-presets.js';
import { readEnvironmentBoolean, readEnvironmentText, readEnvironmentUrl, type Environment } from './read-environment-variable.js';
import type { ProviderConfig } from './registry-config-schema.js';

function withV1(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '');
  // ai-mcp-gateway's OSS_MODEL_ENDPOINT is the Ollama root (it appended /api/tags); the OpenAI-compatible API lives under /v1.
  return `${url.protocol}//${url.host}${path === '' ? '/v1' : path}`;
}

/**
 * ai-mcp-gateway's mode: every provider whose key variable is set (`OPENAI_API_KEY`, `ANTHROPIC_API_KEY`,
 * `OPENROUTER_API_KEY`, `GEMINI_API_KEY`/`GOOGLE_API_KEY`, `MISTRAL_API_KEY`, `DEEPSEEK_API_KEY`), plus a local
 * model server from `OSS_MODEL_ENDPOINT`/`OSS_MODEL_ENABLED`. `<ID>_BASE_URL` overrides a public base URL.
 */
export function multiProviderConfigFromEnvironment(environment: Environment): ProviderConfig[] {
  const providers: ProviderConfig[] = [];
  for (const preset of environmentProviderPresets) {
    const keyVariable = preset.keyVariables.find((name) => readEnvironmentText(environment, name) !== undefined);
    if (!keyVariable) continue;
    const override = readEnvironmentUrl(environment, preset.baseUrlVariable);
    const config: ProviderConfig = {
      id: preset.id,
      format: preset.format,
      baseURL: override ? override.href.replace(/\/+$/, '') : preset.baseURL,
      apiKey: readEnvironmentText(environment, keyVariable)!,
    };
    if (preset.kind) config.kind = preset.kind;
    if (preset.id === 'openai') {
      const organization = readEnvironmentText(environment, 'OPENAI_ORGANIZATION');
      if (organization) config.organization = organization;
    }
    if (preset.id === 'anthropic') {
      const anthropicVersion = readEnvironmentText(environment, 'ANTHROPIC_VERSION');
      if (anthropicVersion) config.anthropicVersion = anthropicVersion;
    }
    providers.push(config);
  }
  const endpoint = readEnvironmentUrl(environment, 'OSS_MODEL_ENDPOINT');
  const enabled = readEnvironmentBoolean(environment, 'OSS_MODEL_ENABLED') ?? endpoint !== undefined;
  if (enabled) {
    providers.push({ id: 'ollama', format: 'openai', kind: 'local', baseURL: withV1(endpoint ?? new URL(ossModelDefaultEndpoint)) });
  }
  return providers;
}

/** Every variable `multiProviderConfigFromEnvironment` reads a provider from (to tell users which ones a mode ignores). */
export const multiProviderVariables: readonly string[] = [
  ...environmentProviderPresets.flatMap((preset) => preset.keyVariables),
  'OSS_MODEL_ENDPOINT',
  'OSS_MODEL_ENABLED',
];
