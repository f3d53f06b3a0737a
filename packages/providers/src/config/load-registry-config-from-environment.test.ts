import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../errors/configuration-error.js';
import { loadRegistryConfigFromEnvironment } from './load-registry-config-from-environment.js';
import { loadRequestDefaultsFromEnvironment } from './load-request-defaults-from-environment.js';

const openAiKey = 'test-openai-key';
const anthropicKey = 'test-anthropic-key';

function failure(environment: Record<string, string>): ConfigurationError {
  try {
    loadRegistryConfigFromEnvironment(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    const configurationError = error as ConfigurationError;
    // One line, and never a key.
    expect(configurationError.message).not.toContain('\n');
    for (const value of Object.values(environment)) if (/key/i.test(value)) expect(configurationError.message).not.toContain(value);
    return configurationError;
  }
  throw new Error('expected a configuration error');
}

describe('single-provider mode (mcp-ai-gateway variables)', () => {
  it('defaults to OpenAI at its public endpoint', () => {
    const loaded = loadRegistryConfigFromEnvironment({ API_KEY: openAiKey, OPENAI_ORGANIZATION: 'org-test' });
    expect(loaded.mode).toBe('single');
    expect(loaded.passThroughProvider).toBe('openai');
    expect(loaded.config.providers).toEqual([
      { id: 'openai', format: 'openai', baseURL: 'https://api.openai.com/v1', apiKey: openAiKey, organization: 'org-test' },
    ]);
    expect(loaded.config.proxy).toBe(false);
  });

  it('recognises known endpoints so the catalog attaches, and takes full endpoint URLs', () => {
    const openRouter = loadRegistryConfigFromEnvironment({ API_KEY: 'test-openrouter-key', API_ENDPOINT: 'https://openrouter.ai/api/v1/chat/completions' });
    expect(openRouter.config.providers[0]).toMatchObject({ id: 'openrouter', kind: 'openrouter', baseURL: 'https://openrouter.ai/api/v1' });
    const anthropic = loadRegistryConfigFromEnvironment({
      API_FORMAT: 'Anthropic',
      API_KEY: anthropicKey,
      API_ENDPOINT: 'https://api.anthropic.com/v1/messages',
      ANTHROPIC_VERSION: '2023-06-01',
    });
    expect(anthropic.config.providers[0]).toEqual({
      id: 'anthropic',
      format: 'anthropic',
      baseURL: 'https://api.anthropic.com',
      apiKey: anthropicKey,
      anthropicVersion: '2023-06-01',
    });
  });

  it('points any other endpoint at the format id as a compatible server; loopback needs no key', () => {
    const loaded = loadRegistryConfigFromEnvironment({ API_ENDPOINT: 'http://127.0.0.1:8080/v1/' });
    expect(loaded.config.providers[0]).toEqual({ id: 'openai', format: 'openai', kind: 'compatible', baseURL: 'http://127.0.0.1:8080/v1' });
  });

  it('applies DEFAULT_MODEL, REQUEST_TIMEOUT and proxies', () => {
    const loaded = loadRegistryConfigFromEnvironment({
      API_KEY: openAiKey,
      DEFAULT_MODEL: 'any-name-goes-through',
      REQUEST_TIMEOUT: '2.5',
      HTTPS_PROXY: 'http://proxy.internal:3128',
      NO_PROXY: 'localhost',
    });
    expect(loaded.config).toMatchObject({
      defaultModel: 'any-name-goes-through',
      timeoutMs: 2500,
      proxy: { httpsProxy: 'http://proxy.internal:3128', noProxy: 'localhost' },
    });
  });

  it('notes the multi-provider keys it ignores, by name only', () => {
    const loaded = loadRegistryConfigFromEnvironment({ API_KEY: openAiKey, ANTHROPIC_API_KEY: anthropicKey });
    expect(loaded.config.providers).toHaveLength(1);
    expect(loaded.notes.join(' ')).toContain('ANTHROPIC_API_KEY');
    expect(loaded.notes.join(' ')).not.toContain(anthropicKey);
  });

  it.each([
    [{ API_FORMAT: 'gemini', API_KEY: openAiKey }, 'API_FORMAT', /must be "openai" or "anthropic" \(got "gemini"\)/],
    [{ API_FORMAT: 'anthropic' }, 'API_KEY', /not set/],
    [{ API_KEY: openAiKey, API_ENDPOINT: 'not a url' }, 'API_ENDPOINT', /not a valid URL/],
    [{ API_KEY: openAiKey, API_ENDPOINT: 'ftp://example.com' }, 'API_ENDPOINT', /http or https/],
    [{ API_KEY: openAiKey, REQUEST_TIMEOUT: 'soon' }, 'REQUEST_TIMEOUT', /number of seconds/],
    [{ API_KEY: openAiKey, REQUEST_TIMEOUT: '0' }, 'REQUEST_TIMEOUT', /number of seconds/],
    [{ API_KEY: openAiKey, HTTPS_PROXY: 'http://proxy host:3128' }, 'HTTPS_PROXY', /not a valid URL/],
  ])('%o fails naming %s', (environment, setting, problem) => {
    const error = failure(environment);
    expect(error.setting).toBe(setting);
    expect(error.message).toMatch(problem);
  });
});

describe('multi-provider mode (one key variable per provider)', () => {
  it('configures every provider whose key is set, at its public base URL', () => {
    const loaded = loadRegistryConfigFromEnvironment({
      OPENAI_API_KEY: openAiKey,
      ANTHROPIC_API_KEY: anthropicKey,
      OPENROUTER_API_KEY: 'test-openrouter-key',
      GEMINI_API_KEY: 'test-gemini-key',
      MISTRAL_API_KEY: 'test-mistral-key',
      DEEPSEEK_API_KEY: 'test-deepseek-key',
      OSS_MODEL_ENABLED: 'true',
    });
    expect(loaded.mode).toBe('multi');
    expect(loaded.passThroughProvider).toBeUndefined();
    expect(loaded.config.providers.map((provider) => [provider.id, provider.baseURL])).toEqual([
      ['openai', 'https://api.openai.com/v1'],
      ['anthropic', 'https://api.anthropic.com'],
      ['openrouter', 'https://openrouter.ai/api/v1'],
      ['google', 'https://generativelanguage.googleapis.com/v1beta/openai'],
      ['mistral', 'https://api.mistral.ai/v1'],
      ['deepseek', 'https://api.deepseek.com/v1'],
      ['ollama', 'http://127.0.0.1:11434/v1'],
    ]);
  });

  it('takes base URL overrides and the OSS endpoint (with /v1 added to a bare root)', () => {
    const loaded = loadRegistryConfigFromEnvironment({
      OPENAI_API_KEY: openAiKey,
      OPENAI_BASE_URL: 'http://127.0.0.1:9999/v1/',
      OSS_MODEL_ENDPOINT: 'http://gpu-box:11434',
    });
    expect(loaded.config.providers).toEqual([
      { id: 'openai', format: 'openai', baseURL: 'http://127.0.0.1:9999/v1', apiKey: openAiKey },
      { id: 'ollama', format: 'openai', kind: 'local', baseURL: 'http://gpu-box:11434/v1' },
    ]);
  });

  it('OSS_MODEL_ENABLED=false turns the local server off', () => {
    const loaded = loadRegistryConfigFromEnvironment({ OPENAI_API_KEY: openAiKey, OSS_MODEL_ENDPOINT: 'http://gpu-box:11434', OSS_MODEL_ENABLED: 'false' });
    expect(loaded.config.providers.map((provider) => provider.id)).toEqual(['openai']);
    expect(loaded.passThroughProvider).toBe('openai');
  });

  it('checks DEFAULT_MODEL against the catalog when several providers share the names', () => {
    expect(loadRegistryConfigFromEnvironment({ OPENAI_API_KEY: openAiKey, ANTHROPIC_API_KEY: anthropicKey, DEFAULT_MODEL: 'claude-haiku-5-5' }).config.defaultModel).toBe(
      'claude-haiku-5-5',
    );
    const error = failure({ OPENAI_API_KEY: openAiKey, ANTHROPIC_API_KEY: anthropicKey, DEFAULT_MODEL: 'gpt-3' });
    expect(error.setting).toBe('DEFAULT_MODEL');
    expect(error.message).toMatch(/Unknown model "gpt-3"/);
  });

  it('with nothing configured, says what to set', () => {
    const error = failure({ LOG_LEVEL: 'debug' });
    expect(error.message).toMatch(/no provider is configured: set API_KEY .* or GW_CONFIG/);
  });

  it.each([
    [{ OPENAI_API_KEY: openAiKey, OSS_MODEL_ENABLED: 'maybe' }, 'OSS_MODEL_ENABLED'],
    [{ OPENAI_API_KEY: openAiKey, OPENAI_BASE_URL: 'localhost:1234' }, 'OPENAI_BASE_URL'],
  ])('%o fails naming %s', (environment, setting) => {
    expect(failure(environment).setting).toBe(setting);
  });
});

describe('GW_CONFIG file mode', () => {
  const directory = mkdtempSync(join(tmpdir(), 'gw-config-test-'));
  const write = (name: string, content: string) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads the file, expands ${VAR} and lets DEFAULT_MODEL and REQUEST_TIMEOUT override it', () => {
    const path = write(
      'good.json',
      JSON.stringify({
        providers: [{ id: 'openai', format: 'openai', baseURL: 'https://api.openai.com/v1', apiKey: '${MY_OPENAI_KEY}' }],
        defaultModel: 'gpt-6-luna',
        timeoutMs: 1000,
      }),
    );
    const loaded = loadRegistryConfigFromEnvironment({ GW_CONFIG: path, MY_OPENAI_KEY: openAiKey, REQUEST_TIMEOUT: '30', API_KEY: 'test-ignored-key' });
    expect(loaded.mode).toBe('file');
    expect(loaded.config).toMatchObject({ providers: [{ apiKey: openAiKey }], defaultModel: 'gpt-6-luna', timeoutMs: 30_000 });
    expect(loaded.notes.join(' ')).toContain('API_KEY');
  });

  it('names the file problem: missing, not JSON, missing variable, bad field', () => {
    expect(failure({ GW_CONFIG: join(directory, 'absent.json') }).message).toMatch(/^GW_CONFIG: cannot read .*absent\.json: no such file$/);
    expect(failure({ GW_CONFIG: write('broken.json', '{ "providers": [') }).message).toMatch(/^GW_CONFIG: .*broken\.json is not valid JSON/);
    const missingVariable = failure({
      GW_CONFIG: write('variable.json', JSON.stringify({ providers: [{ id: 'a', format: 'openai', baseURL: 'https://a.example/v1', apiKey: '${NOT_SET_KEY}' }] })),
    });
    expect(missingVariable.setting).toBe('NOT_SET_KEY');
    expect(missingVariable.message).toMatch(/not set .*providers\[0\]\.apiKey.* in GW_CONFIG file/);
    const badField = failure({ GW_CONFIG: write('field.json', JSON.stringify({ providers: [{ id: 'a', format: 'openai', baseURL: 'nope' }] })) });
    expect(badField.setting).toBe('GW_CONFIG config.providers[0].baseURL');
    expect(badField.message).toMatch(/must be an http\(s\) URL \(in .*field\.json\)/);
  });
});

describe('request defaults', () => {
  it('reads DEFAULT_TEMPERATURE and DEFAULT_MAX_TOKENS strictly', () => {
    expect(loadRequestDefaultsFromEnvironment({ DEFAULT_TEMPERATURE: '0.7', DEFAULT_MAX_TOKENS: '2000' })).toEqual({ temperature: 0.7, maxTokens: 2000 });
    expect(loadRequestDefaultsFromEnvironment({ DEFAULT_TEMPERATURE: ' ' })).toEqual({});
    expect(() => loadRequestDefaultsFromEnvironment({ DEFAULT_TEMPERATURE: '3' })).toThrow(/^DEFAULT_TEMPERATURE: must be a number from 0 to 2 \(got "3"\)$/);
    expect(() => loadRequestDefaultsFromEnvironment({ DEFAULT_MAX_TOKENS: '12.5' })).toThrow(/^DEFAULT_MAX_TOKENS: must be a whole number/);
  });
});
