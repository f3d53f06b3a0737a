import type { ProviderConfig } from './registry-config-schema.js';

/** A provider gw can configure from environment variables alone: a key variable and the public base URL. */
export interface EnvironmentProviderPreset {
  /** The provider id; built-in catalog models attach to it. */
  id: string;
  format: ProviderConfig['format'];
  kind?: ProviderConfig['kind'];
  baseURL: string;
  /** Variables holding the key, first set wins. */
  keyVariables: readonly string[];
  /** Overrides the base URL (a proxy, a regional endpoint, a test upstream). */
  baseUrlVariable: string;
  /** The hostname of the public endpoint, to recognise it in `API_ENDPOINT`. */
  hostname: string;
}

export const environmentProviderPresets: readonly EnvironmentProviderPreset[] = [
  {
    id: 'openai',
    format: 'openai',
    baseURL: 'https://api.openai.com/v1',
    keyVariables: ['OPENAI_API_KEY'],
    baseUrlVariable: 'OPENAI_BASE_URL',
    hostname: 'api.openai.com',
  },
  {
    id: 'anthropic',
    format: 'anthropic',
    baseURL: 'https://api.anthropic.com',
    keyVariables: ['ANTHROPIC_API_KEY'],
    baseUrlVariable: 'ANTHROPIC_BASE_URL',
    hostname: 'api.anthropic.com',
  },
  {
    id: 'openrouter',
    format: 'openai',
    kind: 'openrouter',
    baseURL: 'https://openrouter.ai/api/v1',
    keyVariables: ['OPENROUTER_API_KEY'],
    baseUrlVariable: 'OPENROUTER_BASE_URL',
    hostname: 'openrouter.ai',
  },
  {
    // Gemini's OpenAI-compatible endpoint.
    id: 'google',
    format: 'openai',
    kind: 'compatible',
    baseURL: 'https://generativelanguage.googleapis.com/v1beta/openai',
    keyVariables: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    baseUrlVariable: 'GEMINI_BASE_URL',
    hostname: 'generativelanguage.googleapis.com',
  },
  {
    id: 'mistral',
    format: 'openai',
    kind: 'compatible',
    baseURL: 'https://api.mistral.ai/v1',
    keyVariables: ['MISTRAL_API_KEY'],
    baseUrlVariable: 'MISTRAL_BASE_URL',
    hostname: 'api.mistral.ai',
  },
  {
    id: 'deepseek',
    format: 'openai',
    kind: 'compatible',
    baseURL: 'https://api.deepseek.com/v1',
    keyVariables: ['DEEPSEEK_API_KEY'],
    baseUrlVariable: 'DEEPSEEK_BASE_URL',
    hostname: 'api.deepseek.com',
  },
];

/** ai-mcp-gateway's local model server (Ollama by default): `OSS_MODEL_ENDPOINT` without `/v1`, as that spec wrote it. */
export const ossModelDefaultEndpoint = 'http://127.0.0.1:11434';
