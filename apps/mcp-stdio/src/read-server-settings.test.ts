import { expect, it } from 'vitest';
import { readServerSettings } from './read-server-settings.js';

it('reads the mcp-ai-gateway variables into settings', () => {
  const settings = readServerSettings({
    API_KEY: 'test-openai-key',
    DESCRIPTION: '  Models for the team  ',
    DEFAULT_TEMPERATURE: '0.2',
    DEFAULT_MAX_TOKENS: '500',
    LOG_LEVEL: 'WARNING',
  });
  expect(settings).toMatchObject({
    description: 'Models for the team',
    requestDefaults: { temperature: 0.2, maxTokens: 500 },
    logLevel: 'warn',
    registry: { mode: 'single', passThroughProvider: 'openai' },
  });
});

it('defaults LOG_LEVEL to info and rejects unknown levels naming the variable', () => {
  expect(readServerSettings({ API_KEY: 'test-openai-key' }).logLevel).toBe('info');
  expect(() => readServerSettings({ API_KEY: 'test-openai-key', LOG_LEVEL: 'verbose' })).toThrow(/^LOG_LEVEL: must be one of/);
});
