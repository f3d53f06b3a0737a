import { builtInModels } from '../catalog/built-in-models.js';
import { createModelCatalog } from '../catalog/create-model-catalog.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { GatewayError } from '../gateway-error.js';
import { resolveModel } from '../registry/resolve-model.js';
import { multiProviderConfigFromEnvironment, multiProviderVariables } from './multi-provider-config-from-environment.js';
import { parseRegistryConfig } from './parse-registry-config.js';
import { readEnvironmentNumber, readEnvironmentText, type Environment } from './read-environment-variable.js';
import { readProxyVariables } from './read-proxy-variables.js';
import { readRegistryConfigFile } from './read-registry-config-file.js';
import type { RegistryConfigInput } from './registry-config-schema.js';
import { singleProviderConfigFromEnvironment, usesSingleProviderVariables } from './single-provider-config-from-environment.js';

export type EnvironmentConfigMode = 'file' | 'single' | 'multi';

export interface EnvironmentRegistryConfig {
  /** Validated; pass it to `createProviderRegistry`. */
  config: RegistryConfigInput;
  /** `file` (GW_CONFIG), `single` (API_FORMAT/API_KEY/API_ENDPOINT) or `multi` (per-provider keys). */
  mode: EnvironmentConfigMode;
  /**
   * When exactly one provider is configured: model names the catalog does not know go to it as
   * `<provider>/<name>`, as mcp-ai-gateway passed any name through.
   */
  passThroughProvider?: string;
  /** Things worth a log line (variables a mode ignores). Never contains a value. */
  notes: string[];
}

const maxTimeoutSeconds = 3600;

function readProxy(environment: Environment): RegistryConfigInput['proxy'] {
  // `proxy: false` keeps the registry from reading process.env behind the caller's back.
  return readProxyVariables(environment) ?? false;
}

function checkDefaultModel(config: RegistryConfigInput, passThroughProvider: string | undefined, setting: string): void {
  if (!config.defaultModel || config.defaultModel === 'auto' || passThroughProvider) return;
  const providers = new Map(config.providers.map((provider) => [provider.id, { local: provider.kind === 'local' }]));
  const catalog = createModelCatalog({ builtIn: config.builtInModels === false ? [] : builtInModels, configured: config.models ?? [], providers });
  try {
    resolveModel(config.defaultModel, catalog, providers);
  } catch (error) {
    if (GatewayError.isInstance(error)) throw new ConfigurationError(setting, error.message);
    throw error;
  }
}

const noProviderProblem =
  'no provider is configured: set API_KEY (with API_FORMAT, API_ENDPOINT), or one or more of OPENAI_API_KEY, ANTHROPIC_API_KEY, ' +
  'OPENROUTER_API_KEY, GEMINI_API_KEY, MISTRAL_API_KEY, DEEPSEEK_API_KEY, OSS_MODEL_ENDPOINT, or GW_CONFIG (a JSON config file)';

/**
 * The registry config from environment variables, in one of three modes:
 * `GW_CONFIG` (a JSON file, `${VAR}` expanded), mcp-ai-gateway's single provider (`API_FORMAT`, `API_KEY`,
 * `API_ENDPOINT`, …), or one provider per key variable (`OPENAI_API_KEY`, `ANTHROPIC_API_KEY`, …).
 * `DEFAULT_MODEL`, `REQUEST_TIMEOUT` (seconds) and the proxy variables apply to every mode.
 * Every problem is a ConfigurationError naming the variable; no value of a key variable is ever repeated.
 */
export function loadRegistryConfigFromEnvironment(environment: Environment): EnvironmentRegistryConfig {
  const notes: string[] = [];
  const configPath = readEnvironmentText(environment, 'GW_CONFIG');
  const timeoutSeconds = readEnvironmentNumber(environment, 'REQUEST_TIMEOUT', {
    min: 0.001,
    max: maxTimeoutSeconds,
    expected: `a number of seconds between 0 and ${maxTimeoutSeconds}`,
  });
  const defaultModel = readEnvironmentText(environment, 'DEFAULT_MODEL');
  const ignoredBy = (mode: string, names: readonly string[]) => {
    const ignored = names.filter((name) => readEnvironmentText(environment, name) !== undefined);
    if (ignored.length > 0) notes.push(`${mode}: ignoring ${ignored.join(', ')}`);
  };

  let mode: EnvironmentConfigMode;
  let raw: Record<string, unknown>;
  if (configPath) {
    mode = 'file';
    raw = readRegistryConfigFile(configPath, environment);
    ignoredBy('GW_CONFIG is set', ['API_FORMAT', 'API_KEY', 'API_ENDPOINT', ...multiProviderVariables]);
  } else if (usesSingleProviderVariables(environment)) {
    mode = 'single';
    raw = { providers: [singleProviderConfigFromEnvironment(environment)] };
    ignoredBy('API_KEY/API_FORMAT/API_ENDPOINT select the single-provider mode', multiProviderVariables);
  } else {
    mode = 'multi';
    const providers = multiProviderConfigFromEnvironment(environment);
    if (providers.length === 0) throw new ConfigurationError('API_KEY', noProviderProblem);
    raw = { providers };
  }
  if (defaultModel) raw.defaultModel = defaultModel;
  if (timeoutSeconds !== undefined) raw.timeoutMs = Math.max(1, Math.round(timeoutSeconds * 1000));
  if (raw.proxy === undefined) raw.proxy = readProxy(environment);

  let config: RegistryConfigInput;
  try {
    config = parseRegistryConfig(raw);
  } catch (error) {
    if (mode === 'file' && error instanceof ConfigurationError) {
      throw new ConfigurationError(`GW_CONFIG ${error.setting}`, `${error.message.slice(error.setting.length + 2)} (in ${configPath})`);
    }
    throw error;
  }
  const passThroughProvider = config.providers.length === 1 ? config.providers[0]!.id : undefined;
  checkDefaultModel(config, passThroughProvider, defaultModel ? 'DEFAULT_MODEL' : 'GW_CONFIG defaultModel');
  return { config, mode, ...(passThroughProvider ? { passThroughProvider } : {}), notes };
}
