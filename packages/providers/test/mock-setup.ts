import { startMockLlm, type MockLlm } from '@gw/mock-llm';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { createProviderRegistry, type ProviderRegistry, type ProviderRegistryOptions } from '../src/index.js';

export const anthropicTestKey = 'test-anthropic-key';
export const openAiTestKey = 'test-openai-key';

/** Two providers on one mock: the same upstream model behind the OpenAI and the Anthropic wire format. */
export function createTestRegistry(mock: MockLlm, overrides: Partial<ProviderRegistryOptions> = {}): ProviderRegistry {
  return createProviderRegistry({
    builtInModels: false,
    providers: [
      { id: 'mock-openai', format: 'openai', baseURL: `${mock.url}/v1`, apiKey: openAiTestKey, organization: 'org-test' },
      { id: 'mock-anthropic', format: 'anthropic', baseURL: mock.url, apiKey: anthropicTestKey },
    ],
    models: [
      {
        id: 'small-openai',
        provider: 'mock-openai',
        upstreamModel: 'mock-small',
        tier: 1,
        price: { input: 1, output: 2, cachedInput: 0.5 },
        contextWindow: 32_000,
        maxOutputTokens: 1024,
        capabilities: ['code', 'tools', 'json', 'vision'],
      },
      {
        id: 'small-anthropic',
        provider: 'mock-anthropic',
        upstreamModel: 'mock-small',
        tier: 1,
        price: { input: 1, output: 2, cachedInput: 0.1, cacheWrite: 1.25 },
        contextWindow: 32_000,
        maxOutputTokens: 777,
        capabilities: ['code', 'tools', 'json', 'vision'],
      },
    ],
    proxy: false,
    ...overrides,
  });
}

export async function startTestUpstream(): Promise<MockLlm> {
  return startMockLlm({ port: 0 });
}

export function userSays(text: string): ChatCompletionMessageParam[] {
  return [{ role: 'user', content: text }];
}

/** Runs a promise expected to reject and returns the rejection, failing if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
