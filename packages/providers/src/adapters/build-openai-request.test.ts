import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import type { CatalogModel } from '../catalog/catalog-types.js';
import type { ProviderConfig } from '../config/registry-config-schema.js';
import { buildOpenAiRequest } from './build-openai-request.js';

const dispatcher = new Agent();

function model(capabilities: CatalogModel['capabilities']): CatalogModel {
  return {
    id: 'm',
    provider: 'p',
    upstreamModel: 'upstream-m',
    vendor: 'v',
    tier: 1,
    price: { input: 1, output: 1 },
    contextWindow: 1000,
    maxOutputTokens: 100,
    capabilities,
  };
}

function build(config: Partial<ProviderConfig>, capabilities: CatalogModel['capabilities'], request: Record<string, unknown>) {
  const provider = { config: { id: 'p', format: 'openai', baseURL: 'http://127.0.0.1:1/v1/', ...config } as ProviderConfig, apiKey: 'test-key', dispatcher };
  const built = buildOpenAiRequest({ request: { messages: [{ role: 'user', content: 'hi' }], ...request }, model: model(capabilities), provider, timeoutMs: 1, firstByteTimeoutMs: 1, idleTimeoutMs: 1 }, false);
  return { ...built, body: JSON.parse(built.body) as Record<string, unknown> };
}

describe('buildOpenAiRequest', () => {
  it('renames max_tokens to max_completion_tokens for OpenAI reasoning models only', () => {
    expect(build({}, ['reasoning'], { max_tokens: 50 }).body).toMatchObject({ max_completion_tokens: 50 });
    expect(build({}, ['reasoning'], { max_tokens: 50 }).body.max_tokens).toBeUndefined();
    expect(build({}, ['code'], { max_tokens: 50 }).body).toMatchObject({ max_tokens: 50 });
    expect(build({ kind: 'local' }, ['reasoning'], { max_tokens: 50 }).body).toMatchObject({ max_tokens: 50 });
    expect(build({}, ['reasoning'], { max_tokens: 50, max_completion_tokens: 70 }).body).toMatchObject({ max_tokens: 50, max_completion_tokens: 70 });
  });

  it('trims a trailing slash, drops gw extras and stream options on JSON calls', () => {
    const built = build({}, [], { gw: { trace: true }, stream: false, stream_options: { include_usage: true } });
    expect(built.url).toBe('http://127.0.0.1:1/v1/chat/completions');
    expect(built.body).toEqual({ model: 'upstream-m', messages: [{ role: 'user', content: 'hi' }] });
    expect(built.headers.authorization).toBe('Bearer test-key');
  });
});
